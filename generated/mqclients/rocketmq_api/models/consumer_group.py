"""ConsumerGroup: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ConsumerGroup(ModelWithExtras):
    """A consumer group as listed (doc table ConsumerGroup, 002 §5.2.1)."""

    enabled: bool | None = None
    """ Whether the group may consume. """
    broadcast: bool | None = None
    """ Whether the group consumes in broadcast mode (every consumer gets every message). """
    brokers: list[str] | None = None
    """ Names of the brokers the group is bound to. """
    name: str | None = None
    """ Name of the consumer group (3 to 64 letters, digits, `%`, `|`, `-` or `_`). """
    group_desc: str | None = None
    """ Description of the group (0 to 200 characters). """
    retry_max_time: int | None = None
    """ Maximum number of redeliveries of a message that failed (1 to 16). """
    created_at: int | None = None
    """ When the group was created, a Unix timestamp in milliseconds. """
    permissions: list[str] | None = None
    """ The group's permissions. """
    consume_orderly: bool | None = None
    """ Whether the group consumes in order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

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
        if self.created_at is not None:
            field_dict["createdAt"] = self.created_at
        if self.permissions is not None:
            field_dict["permissions"] = self.permissions
        if self.consume_orderly is not None:
            field_dict["consume_orderly"] = self.consume_orderly
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
        created_at = d.pop("createdAt", None)
        permissions = d.pop("permissions", None)
        consume_orderly = d.pop("consume_orderly", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
