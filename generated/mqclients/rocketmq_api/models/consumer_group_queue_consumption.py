"""ConsumerGroupQueueConsumption: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ConsumerGroupQueueConsumption(ModelWithExtras):
    """A consumer group's progress on one queue (doc table Queue, 002 §5.2.7)."""

    id: int | None = None
    """ Id of the queue. """
    lag: int | None = None
    """ Messages of the queue not consumed yet (backlog). """
    broker_offset: int | None = None
    """ Number of messages in the queue. """
    consumer_offset: int | None = None
    """ Number of messages of the queue consumed. """
    last_message_time: int | None = None
    """ Store time of the last message consumed, a Unix timestamp in milliseconds (0 when none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.lag is not None:
            field_dict["lag"] = self.lag
        if self.broker_offset is not None:
            field_dict["broker_offset"] = self.broker_offset
        if self.consumer_offset is not None:
            field_dict["consumer_offset"] = self.consumer_offset
        if self.last_message_time is not None:
            field_dict["last_message_time"] = self.last_message_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        lag = d.pop("lag", None)
        broker_offset = d.pop("broker_offset", None)
        consumer_offset = d.pop("consumer_offset", None)
        last_message_time = d.pop("last_message_time", None)
        model = cls(
            id=id,
            lag=lag,
            broker_offset=broker_offset,
            consumer_offset=consumer_offset,
            last_message_time=last_message_time,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
