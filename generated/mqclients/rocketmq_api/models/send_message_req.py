"""SendMessageReq: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.send_message_properties import SendMessageProperties


@_attrs_define(repr=False)
class SendMessageReq(ModelWithExtras):
    """A message to produce (API reference: Sending a Message, request body)."""

    topic: str
    """ Topic the message is sent to. """
    body: str
    """ Message content, as text. """
    property_list: list[SendMessageProperties] | None = None
    """ Message properties (the page calls them features), each a name and a value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["topic"] = self.topic
        field_dict["body"] = self.body
        if self.property_list is not None:
            field_dict["property_list"] = [item0.to_dict() for item0 in self.property_list]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.send_message_properties import SendMessageProperties  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic")
        body = d.pop("body")
        _property_list = d.pop("property_list", None)
        property_list: list[SendMessageProperties] | None = (
            None if _property_list is None else [SendMessageProperties.from_dict(item0) for item0 in _property_list]
        )
        model = cls(
            topic=topic,
            body=body,
            property_list=property_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
