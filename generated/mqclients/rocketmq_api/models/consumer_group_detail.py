"""ConsumerGroupDetail: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset


@_attrs_define(repr=False)
class ConsumerGroupDetail(ModelWithExtras):
    """A consumer group's settings (response of 002 §5.2.5)."""

    enabled: bool | None = None
    """ Whether the group may consume. """
    broadcast: bool | None = None
    """ Whether the group consumes in broadcast mode. """
    brokers: list[str] | None = None
    """ Names of the brokers the group is bound to. """
    name: str | None = None
    """ Name of the consumer group. """
    group_desc: str | None = None
    """ Description of the group. """
    retry_max_time: int | None = None
    """ Maximum number of redeliveries of a message that failed. """
    _app_id: str | None | Unset = _attrs_field(default=UNSET, alias="app_id")
    _app_name: str | None | Unset = _attrs_field(default=UNSET, alias="app_name")
    permissions: list[str] | None = None
    """ The group's permissions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def app_id(self) -> str | None:
        """Id of the application (null when none).

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._app_id, Unset) else self._app_id

    @app_id.setter
    def app_id(self, value: str | None) -> None:
        self._app_id = value

    @app_id.deleter
    def app_id(self) -> None:
        self._app_id = UNSET

    @property
    def app_name(self) -> str | None:
        """Name of the application (null when none).

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._app_name, Unset) else self._app_name

    @app_name.setter
    def app_name(self, value: str | None) -> None:
        self._app_name = value

    @app_name.deleter
    def app_name(self) -> None:
        self._app_name = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        if self.broadcast is not None:
            field_dict["broadcast"] = self.broadcast
        if self.brokers is not None:
            field_dict["brokers"] = self.brokers
        if self.name is not None:
            field_dict["name"] = self.name
        if self.group_desc is not None:
            field_dict["group_desc"] = self.group_desc
        if self.retry_max_time is not None:
            field_dict["retry_max_time"] = self.retry_max_time
        if not isinstance(self._app_id, Unset):
            field_dict["app_id"] = self._app_id
        if not isinstance(self._app_name, Unset):
            field_dict["app_name"] = self._app_name
        if self.permissions is not None:
            field_dict["permissions"] = self.permissions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        enabled = d.pop("enabled", None)
        broadcast = d.pop("broadcast", None)
        brokers = d.pop("brokers", None)
        name = d.pop("name", None)
        group_desc = d.pop("group_desc", None)
        retry_max_time = d.pop("retry_max_time", None)
        app_id = d.pop("app_id", UNSET)
        app_name = d.pop("app_name", UNSET)
        permissions = d.pop("permissions", None)
        model = cls(
            enabled=enabled,
            broadcast=broadcast,
            brokers=brokers,
            name=name,
            group_desc=group_desc,
            retry_max_time=retry_max_time,
            app_id=app_id,
            app_name=app_name,
            permissions=permissions,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
