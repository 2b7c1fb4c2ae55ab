"""BatchPublishMessageRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class BatchPublishMessageRequest(ModelWithExtras):
    """BatchPublishMessage's parameters."""

    topic_name: str
    """ Name of the topic. """
    msg_body: list[str]
    """ The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the topic's
    `maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ... """
    action: Literal["BatchPublishMessage"] = "BatchPublishMessage"
    """ The action; fixed, the client fills it in. """
    msg_tag: list[str] | None = None
    """ Tags of every message of the batch, at most 5 of at most 16 characters. Sent as `msgTag.0`, `msgTag.1`, ...
    """
    routing_key: str | None = None
    """ Routing key of every message of the batch (routing-key topics), at most 64 bytes and 15 dots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["topicName"] = self.topic_name
        field_dict["msgBody"] = self.msg_body
        if self.msg_tag is not None:
            field_dict["msgTag"] = self.msg_tag
        if self.routing_key is not None:
            field_dict["routingKey"] = self.routing_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["BatchPublishMessage"] = expect_const(_action, "BatchPublishMessage", "action")
        topic_name = d.pop("topicName")
        msg_body = d.pop("msgBody")
        msg_tag = d.pop("msgTag", None)
        routing_key = d.pop("routingKey", None)
        model = cls(
            action=action,
            topic_name=topic_name,
            msg_body=msg_body,
            msg_tag=msg_tag,
            routing_key=routing_key,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
