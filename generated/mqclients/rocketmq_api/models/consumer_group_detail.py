from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerGroupDetail")


@_attrs_define
class ConsumerGroupDetail:
    """A consumer group's settings (response of 002 §5.2.5)."""

    enabled: bool | Unset = UNSET
    """ Whether the group may consume. """
    broadcast: bool | Unset = UNSET
    """ Whether the group consumes in broadcast mode. """
    brokers: list[str] | Unset = UNSET
    """ Names of the brokers the group is bound to. """
    name: str | Unset = UNSET
    """ Name of the consumer group. """
    group_desc: str | Unset = UNSET
    """ Description of the group. """
    retry_max_time: int | Unset = UNSET
    """ Maximum number of redeliveries of a message that failed. """
    app_id: None | str | Unset = UNSET
    """ Id of the application (null when none). """
    app_name: None | str | Unset = UNSET
    """ Name of the application (null when none). """
    permissions: list[str] | Unset = UNSET
    """ The group's permissions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        broadcast = self.broadcast

        brokers: list[str] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = self.brokers

        name = self.name

        group_desc = self.group_desc

        retry_max_time = self.retry_max_time

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast
        if brokers is not UNSET:
            field_dict["brokers"] = brokers
        if name is not UNSET:
            field_dict["name"] = name
        if group_desc is not UNSET:
            field_dict["group_desc"] = group_desc
        if retry_max_time is not UNSET:
            field_dict["retry_max_time"] = retry_max_time
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        broadcast = d.pop("broadcast", UNSET)

        brokers = cast(list[str], d.pop("brokers", UNSET))

        name = d.pop("name", UNSET)

        group_desc = d.pop("group_desc", UNSET)

        retry_max_time = d.pop("retry_max_time", UNSET)

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        permissions = cast(list[str], d.pop("permissions", UNSET))

        consumer_group_detail = cls(
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

        consumer_group_detail.additional_properties = d
        return consumer_group_detail

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
