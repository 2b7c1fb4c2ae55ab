"""BatchSendMessageRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class BatchSendMessageRequest(ModelWithExtras):
    """BatchSendMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    msg_body: list[str]
    """ The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the queue's
    `maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ... """
    action: Literal["BatchSendMessage"] = "BatchSendMessage"
    """ The action; fixed, the client fills it in. """
    delay_seconds: int | None = None
    """ Seconds before the messages become visible (0 at once); one delay for the whole batch. When omitted the
    server applies 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["queueName"] = self.queue_name
        field_dict["msgBody"] = self.msg_body
        if self.delay_seconds is not None:
            field_dict["delaySeconds"] = self.delay_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["BatchSendMessage"] = expect_const(_action, "BatchSendMessage", "action")
        queue_name = d.pop("queueName")
        msg_body = d.pop("msgBody")
        delay_seconds = d.pop("delaySeconds", None)
        model = cls(
            action=action,
            queue_name=queue_name,
            msg_body=msg_body,
            delay_seconds=delay_seconds,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
