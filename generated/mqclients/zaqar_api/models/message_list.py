"""MessageList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.message import Message


@_attrs_define(repr=False)
class MessageList(ModelWithExtras):
    """One page of messages."""

    messages: list[Message]
    """ The messages on this page, oldest first. """
    links: list[Link]
    """ A `next` link while the page is not empty; empty on the page after the last message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["messages"] = [item0.to_dict() for item0 in self.messages]
        field_dict["links"] = [item0.to_dict() for item0 in self.links]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.link import Link  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages")
        messages: list[Message] = [Message.from_dict(item0) for item0 in _messages]
        _links = d.pop("links")
        links: list[Link] = [Link.from_dict(item0) for item0 in _links]
        model = cls(
            messages=messages,
            links=links,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
