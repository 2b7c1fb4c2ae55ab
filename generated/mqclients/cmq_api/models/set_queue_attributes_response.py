from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetQueueAttributesResponse")


@_attrs_define
class SetQueueAttributesResponse:
    """SetQueueAttributes' answer, the settings after the change (the SDKs ignore them)."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    queue_id: str | Unset = UNSET
    """ Id of the queue (shown by the page's example only). """
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
    rewind_seconds: int | Unset = UNSET
    """ How long deleted messages can still be replayed, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        queue_id = self.queue_id

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
                "code": code,
                "message": message,
                "requestId": request_id,
            }
        )
        if queue_id is not UNSET:
            field_dict["queueId"] = queue_id
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
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        queue_id = d.pop("queueId", UNSET)

        max_msg_heap_num = d.pop("maxMsgHeapNum", UNSET)

        polling_wait_seconds = d.pop("pollingWaitSeconds", UNSET)

        visibility_timeout = d.pop("visibilityTimeout", UNSET)

        max_msg_size = d.pop("maxMsgSize", UNSET)

        msg_retention_seconds = d.pop("msgRetentionSeconds", UNSET)

        rewind_seconds = d.pop("rewindSeconds", UNSET)

        set_queue_attributes_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            queue_id=queue_id,
            max_msg_heap_num=max_msg_heap_num,
            polling_wait_seconds=polling_wait_seconds,
            visibility_timeout=visibility_timeout,
            max_msg_size=max_msg_size,
            msg_retention_seconds=msg_retention_seconds,
            rewind_seconds=rewind_seconds,
        )

        set_queue_attributes_response.additional_properties = d
        return set_queue_attributes_response

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
