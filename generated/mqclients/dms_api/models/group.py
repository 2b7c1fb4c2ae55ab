"""Group: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Group(ModelWithExtras):
    """A consumer group and its message counters."""

    id: str
    """ Id of the group. """
    name: str
    """ Name of the group. """
    produced_messages: int | None = None
    """ Messages sent to the queue that the group can see (expired and deleted ones excluded). """
    consumed_messages: int | None = None
    """ Messages the group has consumed. """
    available_messages: int | None = None
    """ Messages the group has yet to consume. """
    produced_deadletters: int | None = None
    """ Dead letters the group has produced; only answered with `include_deadletter=true`. """
    available_deadletters: int | None = None
    """ Dead letters the group has yet to consume; only answered with `include_deadletter=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        if self.produced_messages is not None:
            field_dict["produced_messages"] = self.produced_messages
        if self.consumed_messages is not None:
            field_dict["consumed_messages"] = self.consumed_messages
        if self.available_messages is not None:
            field_dict["available_messages"] = self.available_messages
        if self.produced_deadletters is not None:
            field_dict["produced_deadletters"] = self.produced_deadletters
        if self.available_deadletters is not None:
            field_dict["available_deadletters"] = self.available_deadletters
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        produced_messages = d.pop("produced_messages", None)
        consumed_messages = d.pop("consumed_messages", None)
        available_messages = d.pop("available_messages", None)
        produced_deadletters = d.pop("produced_deadletters", None)
        available_deadletters = d.pop("available_deadletters", None)
        model = cls(
            id=id,
            name=name,
            produced_messages=produced_messages,
            consumed_messages=consumed_messages,
            available_messages=available_messages,
            produced_deadletters=produced_deadletters,
            available_deadletters=available_deadletters,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
