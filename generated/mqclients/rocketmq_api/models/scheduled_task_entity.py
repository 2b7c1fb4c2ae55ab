from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledTaskEntity")


@_attrs_define
class ScheduledTaskEntity:
    """SDK model ScheduledTaskEntity (huaweicloudsdkrocketmq 3.1.219)."""

    id: str | Unset = UNSET
    """ Task ID. """
    name: str | Unset = UNSET
    """ Task name. """
    user_name: str | Unset = UNSET
    """ Name of the user who scheduled the task. """
    user_id: str | Unset = UNSET
    """ ID of that user. """
    params: str | Unset = UNSET
    """ The task's parameters: a JSON document in a string. """
    status: str | Unset = UNSET
    """ Task status. """
    created_at: str | Unset = UNSET
    """ When the task was created. """
    updated_at: str | Unset = UNSET
    """ When it last changed. """
    schedule_at: str | Unset = UNSET
    """ When it is scheduled to run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        user_name = self.user_name

        user_id = self.user_id

        params = self.params

        status = self.status

        created_at = self.created_at

        updated_at = self.updated_at

        schedule_at = self.schedule_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if params is not UNSET:
            field_dict["params"] = params
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if schedule_at is not UNSET:
            field_dict["schedule_at"] = schedule_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_id = d.pop("user_id", UNSET)

        params = d.pop("params", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        schedule_at = d.pop("schedule_at", UNSET)

        scheduled_task_entity = cls(
            id=id,
            name=name,
            user_name=user_name,
            user_id=user_id,
            params=params,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            schedule_at=schedule_at,
        )

        scheduled_task_entity.additional_properties = d
        return scheduled_task_entity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
