"""Queue: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Queue(ModelWithExtras):
    """A queue with its settings and counters."""

    id: str
    """ Id of the queue. """
    name: str
    """ Name of the queue. """
    created: int | None = None
    """ When the queue was created, in milliseconds since the Unix epoch (an integer on the wire). """
    description: str | None = None
    """ Free text about the queue. """
    queue_mode: str | None = None
    """ Kind of queue (`NORMAL`, `FIFO`, `KAFKA_HA` or `KAFKA_HT`). """
    reservation: int | None = None
    """ How long messages are kept, in minutes (for example 4320, three days). """
    max_msg_size_byte: int | None = None
    """ Largest message the queue accepts, in bytes (for example 524288). """
    produced_messages: int | None = None
    """ Number of messages in the queue. """
    redrive_policy: str | None = None
    """ Dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`. """
    max_consume_count: int | None = None
    """ Failed consumptions before a message becomes a dead letter; only answered with `include_deadletter=true`.
    """
    group_count: int | None = None
    """ Number of consumer groups of the queue. """
    eff_date: int | None = None
    """ When the queue became effective, in milliseconds since the Unix epoch (an integer on the wire). """
    kafka_topic: str | None = None
    """ Name of the Kafka topic behind the queue (get_queue, Kafka queues only). """
    retention_hours: int | None = None
    """ Hours messages are kept (Kafka queues). Not in Huawei's tables; read by the OTC SDK (otcextensions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        if self.created is not None:
            field_dict["created"] = self.created
        if self.description is not None:
            field_dict["description"] = self.description
        if self.queue_mode is not None:
            field_dict["queue_mode"] = self.queue_mode
        if self.reservation is not None:
            field_dict["reservation"] = self.reservation
        if self.max_msg_size_byte is not None:
            field_dict["max_msg_size_byte"] = self.max_msg_size_byte
        if self.produced_messages is not None:
            field_dict["produced_messages"] = self.produced_messages
        if self.redrive_policy is not None:
            field_dict["redrive_policy"] = self.redrive_policy
        if self.max_consume_count is not None:
            field_dict["max_consume_count"] = self.max_consume_count
        if self.group_count is not None:
            field_dict["group_count"] = self.group_count
        if self.eff_date is not None:
            field_dict["eff_date"] = self.eff_date
        if self.kafka_topic is not None:
            field_dict["kafka_topic"] = self.kafka_topic
        if self.retention_hours is not None:
            field_dict["retention_hours"] = self.retention_hours
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        created = d.pop("created", None)
        description = d.pop("description", None)
        queue_mode = d.pop("queue_mode", None)
        reservation = d.pop("reservation", None)
        max_msg_size_byte = d.pop("max_msg_size_byte", None)
        produced_messages = d.pop("produced_messages", None)
        redrive_policy = d.pop("redrive_policy", None)
        max_consume_count = d.pop("max_consume_count", None)
        group_count = d.pop("group_count", None)
        eff_date = d.pop("eff_date", None)
        kafka_topic = d.pop("kafka_topic", None)
        retention_hours = d.pop("retention_hours", None)
        model = cls(
            id=id,
            name=name,
            created=created,
            description=description,
            queue_mode=queue_mode,
            reservation=reservation,
            max_msg_size_byte=max_msg_size_byte,
            produced_messages=produced_messages,
            redrive_policy=redrive_policy,
            max_consume_count=max_consume_count,
            group_count=group_count,
            eff_date=eff_date,
            kafka_topic=kafka_topic,
            retention_hours=retention_hours,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
