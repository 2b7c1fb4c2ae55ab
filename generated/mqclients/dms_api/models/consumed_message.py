"""ConsumedMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.received_message import ReceivedMessage


@_attrs_define(repr=False)
class ConsumedMessage(ModelWithExtras):
    """One consumed message and the handler that acknowledges it."""

    message: ReceivedMessage
    """ A message as consumed. """
    handler: str
    """ Opaque handle for ack_messages, valid for `ack_wait` seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message.to_dict()
        field_dict["handler"] = self.handler
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.received_message import ReceivedMessage  # noqa: PLC0415

        d = dict(src_dict)
        _message = d.pop("message")
        message: ReceivedMessage = ReceivedMessage.from_dict(_message)
        handler = d.pop("handler")
        model = cls(
            message=message,
            handler=handler,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
