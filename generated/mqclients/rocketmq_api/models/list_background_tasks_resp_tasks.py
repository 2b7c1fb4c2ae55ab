"""ListBackgroundTasksRespTasks: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ListBackgroundTasksRespTasks(ModelWithExtras):
    """SDK model ListBackgroundTasksRespTasks (huaweicloudsdkrocketmq 3.1.219)."""

    id: str | None = None
    """ Task ID. """
    name: str | None = None
    """ Task name (e.g. bindInstancePublicIp). """
    user_name: str | None = None
    """ Name of the user who started the task. """
    user_id: str | None = None
    """ ID of that user. """
    params: str | None = None
    """ The task's parameters: a JSON document in a string. """
    status: str | None = None
    """ Task status (e.g. SUCCESS, EXECUTING). """
    created_at: str | None = None
    """ When the task started. """
    updated_at: str | None = None
    """ When the task ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.user_name is not None:
            field_dict["user_name"] = self.user_name
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        if self.params is not None:
            field_dict["params"] = self.params
        if self.status is not None:
            field_dict["status"] = self.status
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        if self.updated_at is not None:
            field_dict["updated_at"] = self.updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        name = d.pop("name", None)
        user_name = d.pop("user_name", None)
        user_id = d.pop("user_id", None)
        params = d.pop("params", None)
        status = d.pop("status", None)
        created_at = d.pop("created_at", None)
        updated_at = d.pop("updated_at", None)
        model = cls(
            id=id,
            name=name,
            user_name=user_name,
            user_id=user_id,
            params=params,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
