"""ConsumerGroupSettings: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ConsumerGroupSettings(ModelWithExtras):
    """One consumer group's new settings in a batch update (doc table CreateOrUpdateConsumerGroup, 002 §5.2.3)."""

    name: str | None = None
    """ Name of the consumer group to change; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters. """
    brokers: list[str] | None = None
    """ Names of the brokers the group is bound to (only RocketMQ 4.8.0 instances need it). """
    broadcast: bool | None = None
    """ Whether the group consumes in broadcast mode. """
    retry_max_time: int | None = None
    """ Maximum number of redeliveries of a message that failed. """
    enabled: bool | None = None
    """ Whether the group may consume. """
    consume_orderly: bool | None = None
    """ Whether the group consumes in order (only RocketMQ 5.x instances need it). """
    group_desc: str | None = None
    """ Description of the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.brokers is not None:
            field_dict["brokers"] = self.brokers
        if self.broadcast is not None:
            field_dict["broadcast"] = self.broadcast
        if self.retry_max_time is not None:
            field_dict["retry_max_time"] = self.retry_max_time
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        if self.consume_orderly is not None:
            field_dict["consume_orderly"] = self.consume_orderly
        if self.group_desc is not None:
            field_dict["group_desc"] = self.group_desc
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        brokers = d.pop("brokers", None)
        broadcast = d.pop("broadcast", None)
        retry_max_time = d.pop("retry_max_time", None)
        enabled = d.pop("enabled", None)
        consume_orderly = d.pop("consume_orderly", None)
        group_desc = d.pop("group_desc", None)
        model = cls(
            name=name,
            brokers=brokers,
            broadcast=broadcast,
            retry_max_time=retry_max_time,
            enabled=enabled,
            consume_orderly=consume_orderly,
            group_desc=group_desc,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
