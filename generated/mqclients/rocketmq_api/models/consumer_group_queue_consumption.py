from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerGroupQueueConsumption")


@_attrs_define
class ConsumerGroupQueueConsumption:
    """A consumer group's progress on one queue (doc table Queue, 002 §5.2.7)."""

    id: int | Unset = UNSET
    """ Id of the queue. """
    lag: int | Unset = UNSET
    """ Messages of the queue not consumed yet (backlog). """
    broker_offset: int | Unset = UNSET
    """ Number of messages in the queue. """
    consumer_offset: int | Unset = UNSET
    """ Number of messages of the queue consumed. """
    last_message_time: int | Unset = UNSET
    """ Store time of the last message consumed, a Unix timestamp in milliseconds (0 when none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lag = self.lag

        broker_offset = self.broker_offset

        consumer_offset = self.consumer_offset

        last_message_time = self.last_message_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lag is not UNSET:
            field_dict["lag"] = lag
        if broker_offset is not UNSET:
            field_dict["broker_offset"] = broker_offset
        if consumer_offset is not UNSET:
            field_dict["consumer_offset"] = consumer_offset
        if last_message_time is not UNSET:
            field_dict["last_message_time"] = last_message_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        lag = d.pop("lag", UNSET)

        broker_offset = d.pop("broker_offset", UNSET)

        consumer_offset = d.pop("consumer_offset", UNSET)

        last_message_time = d.pop("last_message_time", UNSET)

        consumer_group_queue_consumption = cls(
            id=id,
            lag=lag,
            broker_offset=broker_offset,
            consumer_offset=consumer_offset,
            last_message_time=last_message_time,
        )

        consumer_group_queue_consumption.additional_properties = d
        return consumer_group_queue_consumption

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
