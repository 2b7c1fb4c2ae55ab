from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetQueueAttributesResponse")


@_attrs_define
class GetQueueAttributesResponse:
    """GetQueueAttributes' answer; the message counts are approximate."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    max_msg_heap_num: int | Unset = UNSET
    """ Most messages the queue holds at once. """
    polling_wait_seconds: int | Unset = UNSET
    """ Default wait of a receive, in seconds. """
    visibility_timeout: int | Unset = UNSET
    """ How long a received message stays hidden, in seconds. """
    max_msg_size: int | Unset = UNSET
    """ Largest message body accepted, in bytes. """
    msg_retention_seconds: int | Unset = UNSET
    """ How long an unconsumed message is kept, in seconds. """
    create_time: int | Unset = UNSET
    """ When the queue was created, in Unix seconds. """
    last_modify_time: int | Unset = UNSET
    """ When the queue's settings last changed, in Unix seconds. """
    active_msg_num: int | Unset = UNSET
    """ Messages waiting to be received. """
    inactive_msg_num: int | Unset = UNSET
    """ Messages received and hidden, not yet deleted. """
    delay_msg_num: int | Unset = UNSET
    """ Messages sent with a delay that are not visible yet. """
    rewind_seconds: int | Unset = UNSET
    """ How long deleted messages can still be replayed, in seconds (0 when rewinding is off). """
    rewindmsg_num: int | Unset = UNSET
    """ Messages deleted but still inside the rewind window (the spelling of the API pages). """
    rewind_msg_num: int | Unset = UNSET
    """ The same count under the spelling the Java SDK reads; expect `rewindmsgNum` from the server. """
    min_msg_time: int | Unset = UNSET
    """ Age of the oldest unconsumed message, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        max_msg_heap_num = self.max_msg_heap_num

        polling_wait_seconds = self.polling_wait_seconds

        visibility_timeout = self.visibility_timeout

        max_msg_size = self.max_msg_size

        msg_retention_seconds = self.msg_retention_seconds

        create_time = self.create_time

        last_modify_time = self.last_modify_time

        active_msg_num = self.active_msg_num

        inactive_msg_num = self.inactive_msg_num

        delay_msg_num = self.delay_msg_num

        rewind_seconds = self.rewind_seconds

        rewindmsg_num = self.rewindmsg_num

        rewind_msg_num = self.rewind_msg_num

        min_msg_time = self.min_msg_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "requestId": request_id,
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
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if last_modify_time is not UNSET:
            field_dict["lastModifyTime"] = last_modify_time
        if active_msg_num is not UNSET:
            field_dict["activeMsgNum"] = active_msg_num
        if inactive_msg_num is not UNSET:
            field_dict["inactiveMsgNum"] = inactive_msg_num
        if delay_msg_num is not UNSET:
            field_dict["delayMsgNum"] = delay_msg_num
        if rewind_seconds is not UNSET:
            field_dict["rewindSeconds"] = rewind_seconds
        if rewindmsg_num is not UNSET:
            field_dict["rewindmsgNum"] = rewindmsg_num
        if rewind_msg_num is not UNSET:
            field_dict["rewindMsgNum"] = rewind_msg_num
        if min_msg_time is not UNSET:
            field_dict["minMsgTime"] = min_msg_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        max_msg_heap_num = d.pop("maxMsgHeapNum", UNSET)

        polling_wait_seconds = d.pop("pollingWaitSeconds", UNSET)

        visibility_timeout = d.pop("visibilityTimeout", UNSET)

        max_msg_size = d.pop("maxMsgSize", UNSET)

        msg_retention_seconds = d.pop("msgRetentionSeconds", UNSET)

        create_time = d.pop("createTime", UNSET)

        last_modify_time = d.pop("lastModifyTime", UNSET)

        active_msg_num = d.pop("activeMsgNum", UNSET)

        inactive_msg_num = d.pop("inactiveMsgNum", UNSET)

        delay_msg_num = d.pop("delayMsgNum", UNSET)

        rewind_seconds = d.pop("rewindSeconds", UNSET)

        rewindmsg_num = d.pop("rewindmsgNum", UNSET)

        rewind_msg_num = d.pop("rewindMsgNum", UNSET)

        min_msg_time = d.pop("minMsgTime", UNSET)

        get_queue_attributes_response = cls(
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

        get_queue_attributes_response.additional_properties = d
        return get_queue_attributes_response

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
