"""GetTopicAttributesResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.get_topic_attributes_response_filter_type import (
    GetTopicAttributesResponseFilterType,
    check_get_topic_attributes_response_filter_type,
)


@_attrs_define(repr=False)
class GetTopicAttributesResponse(ModelWithExtras):
    """GetTopicAttributes' answer."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    msg_count: int | None = None
    """ Messages not yet delivered to every subscription (the backlog). """
    max_msg_size: int | None = None
    """ Largest message body accepted, in bytes. """
    msg_retention_seconds: int | None = None
    """ How long messages are kept, in seconds (always 86400 for topics). """
    create_time: int | None = None
    """ When the topic was created, in Unix seconds. """
    last_modify_time: int | None = None
    """ When the topic's settings last changed, in Unix seconds. """
    filter_type: GetTopicAttributesResponseFilterType | None = None
    """ How subscriptions filter: 1 (or 0) by tags, 2 by routing key. See the operation's errata for
    the two numberings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        if self.msg_count is not None:
            field_dict["msgCount"] = self.msg_count
        if self.max_msg_size is not None:
            field_dict["maxMsgSize"] = self.max_msg_size
        if self.msg_retention_seconds is not None:
            field_dict["msgRetentionSeconds"] = self.msg_retention_seconds
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time
        if self.last_modify_time is not None:
            field_dict["lastModifyTime"] = self.last_modify_time
        if self.filter_type is not None:
            field_dict["filterType"] = self.filter_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        msg_count = d.pop("msgCount", None)
        max_msg_size = d.pop("maxMsgSize", None)
        msg_retention_seconds = d.pop("msgRetentionSeconds", None)
        create_time = d.pop("createTime", None)
        last_modify_time = d.pop("lastModifyTime", None)
        _filter_type = d.pop("filterType", None)
        filter_type: GetTopicAttributesResponseFilterType | None = (
            None if _filter_type is None else check_get_topic_attributes_response_filter_type(_filter_type)
        )
        model = cls(
            code=code,
            message=message,
            request_id=request_id,
            msg_count=msg_count,
            max_msg_size=max_msg_size,
            msg_retention_seconds=msg_retention_seconds,
            create_time=create_time,
            last_modify_time=last_modify_time,
            filter_type=filter_type,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
