"""GetQueueAttributesResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class GetQueueAttributesResponse(ModelWithExtras):
    """GetQueueAttributes' answer; the message counts are approximate."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    max_msg_heap_num: int | None = None
    """ Most messages the queue holds at once. """
    polling_wait_seconds: int | None = None
    """ Default wait of a receive, in seconds. """
    visibility_timeout: int | None = None
    """ How long a received message stays hidden, in seconds. """
    max_msg_size: int | None = None
    """ Largest message body accepted, in bytes. """
    msg_retention_seconds: int | None = None
    """ How long an unconsumed message is kept, in seconds. """
    create_time: int | None = None
    """ When the queue was created, in Unix seconds. """
    last_modify_time: int | None = None
    """ When the queue's settings last changed, in Unix seconds. """
    active_msg_num: int | None = None
    """ Messages waiting to be received. """
    inactive_msg_num: int | None = None
    """ Messages received and hidden, not yet deleted. """
    delay_msg_num: int | None = None
    """ Messages sent with a delay that are not visible yet. """
    rewind_seconds: int | None = None
    """ How long deleted messages can still be replayed, in seconds (0 when rewinding is off). """
    rewindmsg_num: int | None = None
    """ Messages deleted but still inside the rewind window (the spelling of the API pages). """
    rewind_msg_num: int | None = None
    """ The same count under the spelling the Java SDK reads; expect `rewindmsgNum` from the server. """
    min_msg_time: int | None = None
    """ Age of the oldest unconsumed message, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
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
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time
        if self.last_modify_time is not None:
            field_dict["lastModifyTime"] = self.last_modify_time
        if self.active_msg_num is not None:
            field_dict["activeMsgNum"] = self.active_msg_num
        if self.inactive_msg_num is not None:
            field_dict["inactiveMsgNum"] = self.inactive_msg_num
        if self.delay_msg_num is not None:
            field_dict["delayMsgNum"] = self.delay_msg_num
        if self.rewind_seconds is not None:
            field_dict["rewindSeconds"] = self.rewind_seconds
        if self.rewindmsg_num is not None:
            field_dict["rewindmsgNum"] = self.rewindmsg_num
        if self.rewind_msg_num is not None:
            field_dict["rewindMsgNum"] = self.rewind_msg_num
        if self.min_msg_time is not None:
            field_dict["minMsgTime"] = self.min_msg_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        max_msg_heap_num = d.pop("maxMsgHeapNum", None)
        polling_wait_seconds = d.pop("pollingWaitSeconds", None)
        visibility_timeout = d.pop("visibilityTimeout", None)
        max_msg_size = d.pop("maxMsgSize", None)
        msg_retention_seconds = d.pop("msgRetentionSeconds", None)
        create_time = d.pop("createTime", None)
        last_modify_time = d.pop("lastModifyTime", None)
        active_msg_num = d.pop("activeMsgNum", None)
        inactive_msg_num = d.pop("inactiveMsgNum", None)
        delay_msg_num = d.pop("delayMsgNum", None)
        rewind_seconds = d.pop("rewindSeconds", None)
        rewindmsg_num = d.pop("rewindmsgNum", None)
        rewind_msg_num = d.pop("rewindMsgNum", None)
        min_msg_time = d.pop("minMsgTime", None)
        model = cls(
            code=code,
            message=message,
            request_id=request_id,
            max_msg_heap_num=max_msg_heap_num,
            polling_wait_seconds=polling_wait_seconds,
            visibility_timeout=visibility_timeout,
            max_msg_size=max_msg_size,
            msg_retention_seconds=msg_retention_seconds,
            create_time=create_time,
            last_modify_time=last_modify_time,
            active_msg_num=active_msg_num,
            inactive_msg_num=inactive_msg_num,
            delay_msg_num=delay_msg_num,
            rewind_seconds=rewind_seconds,
            rewindmsg_num=rewindmsg_num,
            rewind_msg_num=rewind_msg_num,
            min_msg_time=min_msg_time,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
