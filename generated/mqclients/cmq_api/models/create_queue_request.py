"""CreateQueueRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class CreateQueueRequest(ModelWithExtras):
    """CreateQueue's parameters; every setting left out takes the server's default."""

    queue_name: str
    """ Name of the new queue: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in
    the account and region; cannot change later. """
    action: Literal["CreateQueue"] = "CreateQueue"
    """ The action; fixed, the client fills it in. """
    max_msg_heap_num: int | None = None
    """ Most messages the queue holds at once (1,000,000 to 1,000,000,000; the server's default is
    100,000,000, or 10,000,000 for beta accounts). """
    polling_wait_seconds: int | None = None
    """ How long a receive waits for a message when it does not say itself, in seconds. When omitted the server
    applies 0. """
    visibility_timeout: int | None = None
    """ How long a received message stays hidden before it can be received again, in seconds. When omitted the
    server applies 30. """
    max_msg_size: int | None = None
    """ Largest message body the queue accepts, in bytes (1 KB to 1 MB). When omitted the server applies 65536. """
    msg_retention_seconds: int | None = None
    """ How long an unconsumed message is kept, in seconds (1 minute to 15 days; default 4 days). When omitted the
    server applies 345600. """
    rewind_seconds: int | None = None
    """ How long deleted messages can still be replayed by RewindQueue, in seconds; at most
    `msgRetentionSeconds`. 0 turns rewinding off.
     When omitted the server applies 0. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["queueName"] = self.queue_name
        if self.max_msg_heap_num is not None:
            field_dict["maxMsgHeapNum"] = self.max_msg_heap_num
        if self.polling_wait_seconds is not None:
            field_dict["pollingWaitSeconds"] = self.polling_wait_seconds
        if self.visibility_timeout is not None:
            field_dict["visibilityTimeout"] = self.visibility_timeout
        if self.max_msg_size is not None:
            field_dict["maxMsgSize"] = self.max_msg_size
        if self.msg_retention_seconds is not None:
            field_dict["msgRetentionSeconds"] = self.msg_retention_seconds
        if self.rewind_seconds is not None:
            field_dict["rewindSeconds"] = self.rewind_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["CreateQueue"] = expect_const(_action, "CreateQueue", "action")
        queue_name = d.pop("queueName")
        max_msg_heap_num = d.pop("maxMsgHeapNum", None)
        polling_wait_seconds = d.pop("pollingWaitSeconds", None)
        visibility_timeout = d.pop("visibilityTimeout", None)
        max_msg_size = d.pop("maxMsgSize", None)
        msg_retention_seconds = d.pop("msgRetentionSeconds", None)
        rewind_seconds = d.pop("rewindSeconds", None)
        model = cls(
            action=action,
            queue_name=queue_name,
            max_msg_heap_num=max_msg_heap_num,
            polling_wait_seconds=polling_wait_seconds,
            visibility_timeout=visibility_timeout,
            max_msg_size=max_msg_size,
            msg_retention_seconds=msg_retention_seconds,
            rewind_seconds=rewind_seconds,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
