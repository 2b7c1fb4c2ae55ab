from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchSendMessageRequest")


@_attrs_define
class BatchSendMessageRequest:
    """BatchSendMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    msg_body: list[str]
    """ The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the queue's
    `maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ...
     """
    action: Literal["BatchSendMessage"] = "BatchSendMessage"
    """ The action; fixed, the client fills it in. """
    delay_seconds: int | Unset = 0
    """ Seconds before the messages become visible (0 at once); one delay for the whole batch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        queue_name = self.queue_name

        msg_body = self.msg_body

        delay_seconds = self.delay_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "queueName": queue_name,
                "msgBody": msg_body,
            }
        )
        if delay_seconds is not UNSET:
            field_dict["delaySeconds"] = delay_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["BatchSendMessage"], d.pop("Action"))
        if action != "BatchSendMessage":
            raise ValueError(f"Action must match const 'BatchSendMessage', got '{action}'")

        queue_name = d.pop("queueName")

        msg_body = cast(list[str], d.pop("msgBody"))

        delay_seconds = d.pop("delaySeconds", UNSET)

        batch_send_message_request = cls(
            action=action,
            queue_name=queue_name,
            msg_body=msg_body,
            delay_seconds=delay_seconds,
        )

        batch_send_message_request.additional_properties = d
        return batch_send_message_request

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
