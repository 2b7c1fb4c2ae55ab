"""QueueCreated: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class QueueCreated(ModelWithExtras):
    """The id and name of a new queue."""

    id: str
    """ Id of the queue. """
    name: str
    """ Name of the queue. """
    kafka_topic: str | None = None
    """ Name of the Kafka topic behind the queue (KAFKA_HA and KAFKA_HT queues only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        if self.kafka_topic is not None:
            field_dict["kafka_topic"] = self.kafka_topic
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        kafka_topic = d.pop("kafka_topic", None)
        model = cls(
            id=id,
            name=name,
            kafka_topic=kafka_topic,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
