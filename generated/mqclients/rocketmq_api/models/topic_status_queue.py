from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicStatusQueue")


@_attrs_define
class TopicStatusQueue:
    """Offsets of one queue of a topic (doc table queues, 002 §5.3.7)."""

    id: int | Unset = UNSET
    """ Id of the queue. """
    min_offset: int | Unset = UNSET
    """ Smallest offset of a message stored in the queue. """
    max_offset: int | Unset = UNSET
    """ Offset after the last message of the queue. """
    last_message_time: int | Unset = UNSET
    """ Store time of the last message, a Unix timestamp in milliseconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        min_offset = self.min_offset

        max_offset = self.max_offset

        last_message_time = self.last_message_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if min_offset is not UNSET:
            field_dict["min_offset"] = min_offset
        if max_offset is not UNSET:
            field_dict["max_offset"] = max_offset
        if last_message_time is not UNSET:
            field_dict["last_message_time"] = last_message_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        min_offset = d.pop("min_offset", UNSET)

        max_offset = d.pop("max_offset", UNSET)

        last_message_time = d.pop("last_message_time", UNSET)

        topic_status_queue = cls(
            id=id,
            min_offset=min_offset,
            max_offset=max_offset,
            last_message_time=last_message_time,
        )

        topic_status_queue.additional_properties = d
        return topic_status_queue

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
