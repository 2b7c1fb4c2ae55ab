from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchPublishMessageRequest")


@_attrs_define
class BatchPublishMessageRequest:
    """BatchPublishMessage's parameters."""

    topic_name: str
    """ Name of the topic. """
    msg_body: list[str]
    """ The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the topic's
    `maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ...
     """
    action: Literal["BatchPublishMessage"] = "BatchPublishMessage"
    """ The action; fixed, the client fills it in. """
    msg_tag: list[str] | Unset = UNSET
    """ Tags of every message of the batch, at most 5 of at most 16 characters. Sent as `msgTag.0`, `msgTag.1`, ...
    """
    routing_key: str | Unset = UNSET
    """ Routing key of every message of the batch (routing-key topics), at most 64 bytes and 15 dots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        topic_name = self.topic_name

        msg_body = self.msg_body

        msg_tag: list[str] | Unset = UNSET
        if not isinstance(self.msg_tag, Unset):
            msg_tag = self.msg_tag

        routing_key = self.routing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "topicName": topic_name,
                "msgBody": msg_body,
            }
        )
        if msg_tag is not UNSET:
            field_dict["msgTag"] = msg_tag
        if routing_key is not UNSET:
            field_dict["routingKey"] = routing_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["BatchPublishMessage"], d.pop("Action"))
        if action != "BatchPublishMessage":
            raise ValueError(f"Action must match const 'BatchPublishMessage', got '{action}'")

        topic_name = d.pop("topicName")

        msg_body = cast(list[str], d.pop("msgBody"))

        msg_tag = cast(list[str], d.pop("msgTag", UNSET))

        routing_key = d.pop("routingKey", UNSET)

        batch_publish_message_request = cls(
            action=action,
            topic_name=topic_name,
            msg_body=msg_body,
            msg_tag=msg_tag,
            routing_key=routing_key,
        )

        batch_publish_message_request.additional_properties = d
        return batch_publish_message_request

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
