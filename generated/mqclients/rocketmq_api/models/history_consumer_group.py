from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryConsumerGroup")


@_attrs_define
class HistoryConsumerGroup:
    """One consumer group (doc table ConsumerGroup, 002 table 8-37)."""

    enabled: bool | Unset = UNSET
    """ Whether the group may consume. """
    broadcast: bool | Unset = UNSET
    """ Whether the group consumes in broadcast mode. """
    brokers: list[str] | Unset = UNSET
    """ Brokers the group is associated with. """
    name: str | Unset = UNSET
    """ Consumer group name: letters, digits, percent signs, vertical bars, hyphens and underscores, 3 to 64
    characters. """
    group_desc: str | Unset = UNSET
    """ Consumer group description, 0 to 200 characters. """
    retry_max_time: int | Unset = UNSET
    """ Maximum number of retries, 1 to 16. """
    created_at: int | Unset = UNSET
    """ Creation time, milliseconds since 1970-01-01T00:00:00Z. """
    permissions: list[str] | Unset = UNSET
    """ Permission set. """
    consume_orderly: bool | Unset = UNSET
    """ Whether messages are consumed in order. """
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

        created_at = self.created_at

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        consume_orderly = self.consume_orderly

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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if consume_orderly is not UNSET:
            field_dict["consume_orderly"] = consume_orderly

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

        created_at = d.pop("createdAt", UNSET)

        permissions = cast(list[str], d.pop("permissions", UNSET))

        consume_orderly = d.pop("consume_orderly", UNSET)

        history_consumer_group = cls(
            enabled=enabled,
            broadcast=broadcast,
            brokers=brokers,
            name=name,
            group_desc=group_desc,
            retry_max_time=retry_max_time,
            created_at=created_at,
            permissions=permissions,
            consume_orderly=consume_orderly,
        )

        history_consumer_group.additional_properties = d
        return history_consumer_group

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
