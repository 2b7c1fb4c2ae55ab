"""ReceivedMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ReceivedMessage(ModelWithExtras):
    """A received message with the handle that deletes it; every time is in Unix seconds."""

    msg_body: str | None = None
    """ The message body, as sent. """
    msg_id: str | None = None
    """ Id of the message. """
    receipt_handle: str | None = None
    """ Handle for DeleteMessage, valid until `nextVisibleTime` and only until the message is received
    again. """
    enqueue_time: int | None = None
    """ When the message was stored, in Unix seconds. """
    first_dequeue_time: int | None = None
    """ When the message was first received, in Unix seconds (called reserved in newer pages). """
    next_visible_time: int | None = None
    """ When the message becomes visible again unless deleted, in Unix seconds. """
    dequeue_count: int | None = None
    """ How many times the message has been received (called reserved in newer pages). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.msg_body is not None:
            field_dict["msgBody"] = self.msg_body
        if self.msg_id is not None:
            field_dict["msgId"] = self.msg_id
        if self.receipt_handle is not None:
            field_dict["receiptHandle"] = self.receipt_handle
        if self.enqueue_time is not None:
            field_dict["enqueueTime"] = self.enqueue_time
        if self.first_dequeue_time is not None:
            field_dict["firstDequeueTime"] = self.first_dequeue_time
        if self.next_visible_time is not None:
            field_dict["nextVisibleTime"] = self.next_visible_time
        if self.dequeue_count is not None:
            field_dict["dequeueCount"] = self.dequeue_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        msg_body = d.pop("msgBody", None)
        msg_id = d.pop("msgId", None)
        receipt_handle = d.pop("receiptHandle", None)
        enqueue_time = d.pop("enqueueTime", None)
        first_dequeue_time = d.pop("firstDequeueTime", None)
        next_visible_time = d.pop("nextVisibleTime", None)
        dequeue_count = d.pop("dequeueCount", None)
        model = cls(
            msg_body=msg_body,
            msg_id=msg_id,
            receipt_handle=receipt_handle,
            enqueue_time=enqueue_time,
            first_dequeue_time=first_dequeue_time,
            next_visible_time=next_visible_time,
            dequeue_count=dequeue_count,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
