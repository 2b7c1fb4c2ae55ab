"""CreateQueueRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.create_queue_request_queue_mode import CreateQueueRequestQueueMode, check_create_queue_request_queue_mode
from ..models.create_queue_request_redrive_policy import (
    CreateQueueRequestRedrivePolicy,
    check_create_queue_request_redrive_policy,
)


@_attrs_define(repr=False)
class CreateQueueRequest(ModelWithExtras):
    """A new queue."""

    name: str
    """ Name of the queue, unique in the project and not changeable later. """
    queue_mode: CreateQueueRequestQueueMode | None = None
    """ Kind of queue: `NORMAL` (high throughput, no ordering), `FIFO` (first in, first out),
    `KAFKA_HA` (Kafka, high reliability) or `KAFKA_HT` (Kafka, high throughput).
     When omitted the server applies 'NORMAL'. """
    description: str | None = None
    """ Free text about the queue; at most 160 characters, without `<` or `>`. """
    redrive_policy: CreateQueueRequestRedrivePolicy | None = None
    """ Whether messages that keep failing become dead letters (`enable`). NORMAL and FIFO queues only. When omitted
    the server applies 'disable'. """
    max_consume_count: int | None = None
    """ How many failed consumptions turn a message into a dead letter; required when `redrive_policy` is `enable`.
    """
    retention_hours: int | None = None
    """ Hours messages are kept. KAFKA_HA and KAFKA_HT queues only (error 10240028 on other modes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        if self.queue_mode is not None:
            field_dict["queue_mode"] = self.queue_mode
        if self.description is not None:
            field_dict["description"] = self.description
        if self.redrive_policy is not None:
            field_dict["redrive_policy"] = self.redrive_policy
        if self.max_consume_count is not None:
            field_dict["max_consume_count"] = self.max_consume_count
        if self.retention_hours is not None:
            field_dict["retention_hours"] = self.retention_hours
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name")
        _queue_mode = d.pop("queue_mode", None)
        queue_mode: CreateQueueRequestQueueMode | None = (
            None if _queue_mode is None else check_create_queue_request_queue_mode(_queue_mode)
        )
        description = d.pop("description", None)
        _redrive_policy = d.pop("redrive_policy", None)
        redrive_policy: CreateQueueRequestRedrivePolicy | None = (
            None if _redrive_policy is None else check_create_queue_request_redrive_policy(_redrive_policy)
        )
        max_consume_count = d.pop("max_consume_count", None)
        retention_hours = d.pop("retention_hours", None)
        model = cls(
            name=name,
            queue_mode=queue_mode,
            description=description,
            redrive_policy=redrive_policy,
            max_consume_count=max_consume_count,
            retention_hours=retention_hours,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
