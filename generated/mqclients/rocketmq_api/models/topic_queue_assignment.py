"""TopicQueueAssignment: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class TopicQueueAssignment(ModelWithExtras):
    """How many queues a new topic gets on one broker (doc table queues, 002 §5.3.1)."""

    broker: str | None = None
    """ Name of the broker. """
    queue_num: int | None = None
    """ Number of queues on the broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.broker is not None:
            field_dict["broker"] = self.broker
        if self.queue_num is not None:
            field_dict["queue_num"] = self.queue_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        broker = d.pop("broker", None)
        queue_num = d.pop("queue_num", None)
        model = cls(
            broker=broker,
            queue_num=queue_num,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
