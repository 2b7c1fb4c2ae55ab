from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Queue")


@_attrs_define
class Queue:
    """A queue with its settings and counters."""

    id: str
    """ Id of the queue. """
    name: str
    """ Name of the queue. """
    created: int | Unset = UNSET
    """ When the queue was created, in milliseconds since the Unix epoch (an integer on the wire). """
    description: str | Unset = UNSET
    """ Free text about the queue. """
    queue_mode: str | Unset = UNSET
    """ Kind of queue (`NORMAL`, `FIFO`, `KAFKA_HA` or `KAFKA_HT`). """
    reservation: int | Unset = UNSET
    """ How long messages are kept, in minutes (for example 4320, three days). """
    max_msg_size_byte: int | Unset = UNSET
    """ Largest message the queue accepts, in bytes (for example 524288). """
    produced_messages: int | Unset = UNSET
    """ Number of messages in the queue. """
    redrive_policy: str | Unset = UNSET
    """ Dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`. """
    max_consume_count: int | Unset = UNSET
    """ Failed consumptions before a message becomes a dead letter; only answered with `include_deadletter=true`.
    """
    group_count: int | Unset = UNSET
    """ Number of consumer groups of the queue. """
    eff_date: int | Unset = UNSET
    """ When the queue became effective, in milliseconds since the Unix epoch (an integer on the wire). """
    kafka_topic: str | Unset = UNSET
    """ Name of the Kafka topic behind the queue (get_queue, Kafka queues only). """
    retention_hours: int | Unset = UNSET
    """ Hours messages are kept (Kafka queues). Not in Huawei's tables; read by the OTC SDK (otcextensions). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created = self.created

        description = self.description

        queue_mode = self.queue_mode

        reservation = self.reservation

        max_msg_size_byte = self.max_msg_size_byte

        produced_messages = self.produced_messages

        redrive_policy = self.redrive_policy

        max_consume_count = self.max_consume_count

        group_count = self.group_count

        eff_date = self.eff_date

        kafka_topic = self.kafka_topic

        retention_hours = self.retention_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if created is not UNSET:
            field_dict["created"] = created
        if description is not UNSET:
            field_dict["description"] = description
        if queue_mode is not UNSET:
            field_dict["queue_mode"] = queue_mode
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if max_msg_size_byte is not UNSET:
            field_dict["max_msg_size_byte"] = max_msg_size_byte
        if produced_messages is not UNSET:
            field_dict["produced_messages"] = produced_messages
        if redrive_policy is not UNSET:
            field_dict["redrive_policy"] = redrive_policy
        if max_consume_count is not UNSET:
            field_dict["max_consume_count"] = max_consume_count
        if group_count is not UNSET:
            field_dict["group_count"] = group_count
        if eff_date is not UNSET:
            field_dict["eff_date"] = eff_date
        if kafka_topic is not UNSET:
            field_dict["kafka_topic"] = kafka_topic
        if retention_hours is not UNSET:
            field_dict["retention_hours"] = retention_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created = d.pop("created", UNSET)

        description = d.pop("description", UNSET)

        queue_mode = d.pop("queue_mode", UNSET)

        reservation = d.pop("reservation", UNSET)

        max_msg_size_byte = d.pop("max_msg_size_byte", UNSET)

        produced_messages = d.pop("produced_messages", UNSET)

        redrive_policy = d.pop("redrive_policy", UNSET)

        max_consume_count = d.pop("max_consume_count", UNSET)

        group_count = d.pop("group_count", UNSET)

        eff_date = d.pop("eff_date", UNSET)

        kafka_topic = d.pop("kafka_topic", UNSET)

        retention_hours = d.pop("retention_hours", UNSET)

        queue = cls(
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

        queue.additional_properties = d
        return queue

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
