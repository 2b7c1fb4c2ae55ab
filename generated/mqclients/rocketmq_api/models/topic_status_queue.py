"""TopicStatusQueue: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class TopicStatusQueue(ModelWithExtras):
    """Offsets of one queue of a topic (doc table queues, 002 §5.3.7)."""

    id: int | None = None
    """ Id of the queue. """
    min_offset: int | None = None
    """ Smallest offset of a message stored in the queue. """
    max_offset: int | None = None
    """ Offset after the last message of the queue. """
    last_message_time: int | None = None
    """ Store time of the last message, a Unix timestamp in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.min_offset is not None:
            field_dict["min_offset"] = self.min_offset
        if self.max_offset is not None:
            field_dict["max_offset"] = self.max_offset
        if self.last_message_time is not None:
            field_dict["last_message_time"] = self.last_message_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        min_offset = d.pop("min_offset", None)
        max_offset = d.pop("max_offset", None)
        last_message_time = d.pop("last_message_time", None)
        model = cls(
            id=id,
            min_offset=min_offset,
            max_offset=max_offset,
            last_message_time=last_message_time,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
