"""ResetConsumeOffsetRespQueues: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ResetConsumeOffsetRespQueues(ModelWithExtras):
    """SDK model ResetConsumeOffsetRespQueues (huaweicloudsdkrocketmq 3.1.219)."""

    broker_name: str | None = None
    """ Broker the queue is on. """
    queue_id: int | None = None
    """ Id of the queue. """
    timestamp_offset: int | None = None
    """ The queue's consumer offset after the reset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.broker_name is not None:
            field_dict["broker_name"] = self.broker_name
        if self.queue_id is not None:
            field_dict["queue_id"] = self.queue_id
        if self.timestamp_offset is not None:
            field_dict["timestamp_offset"] = self.timestamp_offset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        broker_name = d.pop("broker_name", None)
        queue_id = d.pop("queue_id", None)
        timestamp_offset = d.pop("timestamp_offset", None)
        model = cls(
            broker_name=broker_name,
            queue_id=queue_id,
            timestamp_offset=timestamp_offset,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
