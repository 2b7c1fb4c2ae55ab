"""SendMessageResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.send_message_properties import SendMessageProperties


@_attrs_define(repr=False)
class SendMessageResponse(ModelWithExtras):
    """The message as stored (API reference: Sending a Message, response body)."""

    topic: str | None = None
    """ Topic the message went to. """
    body: str | None = None
    """ Message content. """
    property_list: list[SendMessageProperties] | None = None
    """ Message properties as stored. """
    msg_id: str | None = None
    """ Message ID the broker assigned. """
    queue_id: float | None = None
    """ ID of the queue the message was written to (Number in the doc). """
    queue_offset: float | None = None
    """ Offset of the message in its queue (Number in the doc). """
    broker_name: str | None = None
    """ Broker that stored the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topic is not None:
            field_dict["topic"] = self.topic
        if self.body is not None:
            field_dict["body"] = self.body
        if self.property_list is not None:
            field_dict["property_list"] = [item0.to_dict() for item0 in self.property_list]
        if self.msg_id is not None:
            field_dict["msg_id"] = self.msg_id
        if self.queue_id is not None:
            field_dict["queue_id"] = self.queue_id
        if self.queue_offset is not None:
            field_dict["queue_offset"] = self.queue_offset
        if self.broker_name is not None:
            field_dict["broker_name"] = self.broker_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.send_message_properties import SendMessageProperties  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic", None)
        body = d.pop("body", None)
        _property_list = d.pop("property_list", None)
        property_list: list[SendMessageProperties] | None = (
            None if _property_list is None else [SendMessageProperties.from_dict(item0) for item0 in _property_list]
        )
        msg_id = d.pop("msg_id", None)
        queue_id = d.pop("queue_id", None)
        queue_offset = d.pop("queue_offset", None)
        broker_name = d.pop("broker_name", None)
        model = cls(
            topic=topic,
            body=body,
            property_list=property_list,
            msg_id=msg_id,
            queue_id=queue_id,
            queue_offset=queue_offset,
            broker_name=broker_name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
