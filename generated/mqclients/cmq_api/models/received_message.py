from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivedMessage")


@_attrs_define
class ReceivedMessage:
    """A received message with the handle that deletes it; every time is in Unix seconds."""

    msg_body: str | Unset = UNSET
    """ The message body, as sent. """
    msg_id: str | Unset = UNSET
    """ Id of the message. """
    receipt_handle: str | Unset = UNSET
    """ Handle for DeleteMessage, valid until `nextVisibleTime` and only until the message is received
    again.
     """
    enqueue_time: int | Unset = UNSET
    """ When the message was stored, in Unix seconds. """
    first_dequeue_time: int | Unset = UNSET
    """ When the message was first received, in Unix seconds (called reserved in newer pages). """
    next_visible_time: int | Unset = UNSET
    """ When the message becomes visible again unless deleted, in Unix seconds. """
    dequeue_count: int | Unset = UNSET
    """ How many times the message has been received (called reserved in newer pages). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_body = self.msg_body

        msg_id = self.msg_id

        receipt_handle = self.receipt_handle

        enqueue_time = self.enqueue_time

        first_dequeue_time = self.first_dequeue_time

        next_visible_time = self.next_visible_time

        dequeue_count = self.dequeue_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_body is not UNSET:
            field_dict["msgBody"] = msg_body
        if msg_id is not UNSET:
            field_dict["msgId"] = msg_id
        if receipt_handle is not UNSET:
            field_dict["receiptHandle"] = receipt_handle
        if enqueue_time is not UNSET:
            field_dict["enqueueTime"] = enqueue_time
        if first_dequeue_time is not UNSET:
            field_dict["firstDequeueTime"] = first_dequeue_time
        if next_visible_time is not UNSET:
            field_dict["nextVisibleTime"] = next_visible_time
        if dequeue_count is not UNSET:
            field_dict["dequeueCount"] = dequeue_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg_body = d.pop("msgBody", UNSET)

        msg_id = d.pop("msgId", UNSET)

        receipt_handle = d.pop("receiptHandle", UNSET)

        enqueue_time = d.pop("enqueueTime", UNSET)

        first_dequeue_time = d.pop("firstDequeueTime", UNSET)

        next_visible_time = d.pop("nextVisibleTime", UNSET)

        dequeue_count = d.pop("dequeueCount", UNSET)

        received_message = cls(
            msg_body=msg_body,
            msg_id=msg_id,
            receipt_handle=receipt_handle,
            enqueue_time=enqueue_time,
            first_dequeue_time=first_dequeue_time,
            next_visible_time=next_visible_time,
            dequeue_count=dequeue_count,
        )

        received_message.additional_properties = d
        return received_message

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
