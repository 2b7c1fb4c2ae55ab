"""NewMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.message_attributes import MessageAttributes


@_attrs_define(repr=False)
class NewMessage(ModelWithExtras):
    """A message to send."""

    body: Any
    """ Body of the message, a string or any JSON value. """
    attributes: MessageAttributes | None = None
    """ A message's attributes, names to string values; each name appears once per message. """
    tags: list[str] | None = None
    """ Tags consumers can filter on; at most 3, each 1 to 64 letters, digits, `_` or `-`. """
    delay_time: float | None = None
    """ Milliseconds before the message can be consumed (the fraction is dropped). NORMAL and FIFO queues only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["body"] = self.body
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        if self.tags is not None:
            field_dict["tags"] = self.tags
        if self.delay_time is not None:
            field_dict["delay_time"] = self.delay_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.message_attributes import MessageAttributes  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body")
        _attributes = d.pop("attributes", None)
        attributes: MessageAttributes | None = None if _attributes is None else MessageAttributes.from_dict(_attributes)
        tags = d.pop("tags", None)
        delay_time = d.pop("delay_time", None)
        model = cls(
            body=body,
            attributes=attributes,
            tags=tags,
            delay_time=delay_time,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
