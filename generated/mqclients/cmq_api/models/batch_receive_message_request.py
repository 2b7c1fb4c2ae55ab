from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchReceiveMessageRequest")


@_attrs_define
class BatchReceiveMessageRequest:
    """BatchReceiveMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    num_of_msg: int
    """ Most messages to answer; fewer may come. """
    action: Literal["BatchReceiveMessage"] = "BatchReceiveMessage"
    """ The action; fixed, the client fills it in. """
    polling_wait_seconds: int | Unset = UNSET
    """ Seconds to wait for messages when there are none (long poll); the queue's own setting when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        queue_name = self.queue_name

        num_of_msg = self.num_of_msg

        polling_wait_seconds = self.polling_wait_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "queueName": queue_name,
                "numOfMsg": num_of_msg,
            }
        )
        if polling_wait_seconds is not UNSET:
            field_dict["pollingWaitSeconds"] = polling_wait_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["BatchReceiveMessage"], d.pop("Action"))
        if action != "BatchReceiveMessage":
            raise ValueError(f"Action must match const 'BatchReceiveMessage', got '{action}'")

        queue_name = d.pop("queueName")

        num_of_msg = d.pop("numOfMsg")

        polling_wait_seconds = d.pop("pollingWaitSeconds", UNSET)

        batch_receive_message_request = cls(
            action=action,
            queue_name=queue_name,
            num_of_msg=num_of_msg,
            polling_wait_seconds=polling_wait_seconds,
        )

        batch_receive_message_request.additional_properties = d
        return batch_receive_message_request

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
