from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQueueRequest")


@_attrs_define
class CreateQueueRequest:
    """CreateQueue's parameters; every setting left out takes the server's default."""

    queue_name: str
    """ Name of the new queue: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in
    the account and region; cannot change later.
     """
    action: Literal["CreateQueue"] = "CreateQueue"
    """ The action; fixed, the client fills it in. """
    max_msg_heap_num: int | Unset = UNSET
    """ Most messages the queue holds at once (1,000,000 to 1,000,000,000; the server's default is
    100,000,000, or 10,000,000 for beta accounts).
     """
    polling_wait_seconds: int | Unset = 0
    """ How long a receive waits for a message when it does not say itself, in seconds. """
    visibility_timeout: int | Unset = 30
    """ How long a received message stays hidden before it can be received again, in seconds. """
    max_msg_size: int | Unset = 65536
    """ Largest message body the queue accepts, in bytes (1 KB to 1 MB). """
    msg_retention_seconds: int | Unset = 345600
    """ How long an unconsumed message is kept, in seconds (1 minute to 15 days; default 4 days). """
    rewind_seconds: int | Unset = 0
    """ How long deleted messages can still be replayed by RewindQueue, in seconds; at most
    `msgRetentionSeconds`. 0 turns rewinding off.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        queue_name = self.queue_name

        max_msg_heap_num = self.max_msg_heap_num

        polling_wait_seconds = self.polling_wait_seconds

        visibility_timeout = self.visibility_timeout

        max_msg_size = self.max_msg_size

        msg_retention_seconds = self.msg_retention_seconds

        rewind_seconds = self.rewind_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "queueName": queue_name,
            }
        )
        if max_msg_heap_num is not UNSET:
            field_dict["maxMsgHeapNum"] = max_msg_heap_num
        if polling_wait_seconds is not UNSET:
            field_dict["pollingWaitSeconds"] = polling_wait_seconds
        if visibility_timeout is not UNSET:
            field_dict["visibilityTimeout"] = visibility_timeout
        if max_msg_size is not UNSET:
            field_dict["maxMsgSize"] = max_msg_size
        if msg_retention_seconds is not UNSET:
            field_dict["msgRetentionSeconds"] = msg_retention_seconds
        if rewind_seconds is not UNSET:
            field_dict["rewindSeconds"] = rewind_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["CreateQueue"], d.pop("Action"))
        if action != "CreateQueue":
            raise ValueError(f"Action must match const 'CreateQueue', got '{action}'")

        queue_name = d.pop("queueName")

        max_msg_heap_num = d.pop("maxMsgHeapNum", UNSET)

        polling_wait_seconds = d.pop("pollingWaitSeconds", UNSET)

        visibility_timeout = d.pop("visibilityTimeout", UNSET)

        max_msg_size = d.pop("maxMsgSize", UNSET)

        msg_retention_seconds = d.pop("msgRetentionSeconds", UNSET)

        rewind_seconds = d.pop("rewindSeconds", UNSET)

        create_queue_request = cls(
            action=action,
            queue_name=queue_name,
            max_msg_heap_num=max_msg_heap_num,
            polling_wait_seconds=polling_wait_seconds,
            visibility_timeout=visibility_timeout,
            max_msg_size=max_msg_size,
            msg_retention_seconds=msg_retention_seconds,
            rewind_seconds=rewind_seconds,
        )

        create_queue_request.additional_properties = d
        return create_queue_request

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
