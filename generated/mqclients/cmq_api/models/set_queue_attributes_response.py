"""SetQueueAttributesResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class SetQueueAttributesResponse(ModelWithExtras):
    """SetQueueAttributes' answer, the settings after the change (the SDKs ignore them)."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    queue_id: str | None = None
    """ Id of the queue (shown by the page's example only). """
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
    rewind_seconds: int | None = None
    """ How long deleted messages can still be replayed, in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        if self.queue_id is not None:
            field_dict["queueId"] = self.queue_id
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
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        queue_id = d.pop("queueId", None)
        max_msg_heap_num = d.pop("maxMsgHeapNum", None)
        polling_wait_seconds = d.pop("pollingWaitSeconds", None)
        visibility_timeout = d.pop("visibilityTimeout", None)
        max_msg_size = d.pop("maxMsgSize", None)
        msg_retention_seconds = d.pop("msgRetentionSeconds", None)
        rewind_seconds = d.pop("rewindSeconds", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
