from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_topic_attributes_response_filter_type import (
    GetTopicAttributesResponseFilterType,
    check_get_topic_attributes_response_filter_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTopicAttributesResponse")


@_attrs_define
class GetTopicAttributesResponse:
    """GetTopicAttributes' answer."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    msg_count: int | Unset = UNSET
    """ Messages not yet delivered to every subscription (the backlog). """
    max_msg_size: int | Unset = UNSET
    """ Largest message body accepted, in bytes. """
    msg_retention_seconds: int | Unset = UNSET
    """ How long messages are kept, in seconds (always 86400 for topics). """
    create_time: int | Unset = UNSET
    """ When the topic was created, in Unix seconds. """
    last_modify_time: int | Unset = UNSET
    """ When the topic's settings last changed, in Unix seconds. """
    filter_type: GetTopicAttributesResponseFilterType | Unset = UNSET
    """ How subscriptions filter: 1 (or 0) by tags, 2 by routing key. See the operation's errata for
    the two numberings.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        msg_count = self.msg_count

        max_msg_size = self.max_msg_size

        msg_retention_seconds = self.msg_retention_seconds

        create_time = self.create_time

        last_modify_time = self.last_modify_time

        filter_type: int | Unset = UNSET
        if not isinstance(self.filter_type, Unset):
            filter_type = self.filter_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "requestId": request_id,
            }
        )
        if msg_count is not UNSET:
            field_dict["msgCount"] = msg_count
        if max_msg_size is not UNSET:
            field_dict["maxMsgSize"] = max_msg_size
        if msg_retention_seconds is not UNSET:
            field_dict["msgRetentionSeconds"] = msg_retention_seconds
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if last_modify_time is not UNSET:
            field_dict["lastModifyTime"] = last_modify_time
        if filter_type is not UNSET:
            field_dict["filterType"] = filter_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        msg_count = d.pop("msgCount", UNSET)

        max_msg_size = d.pop("maxMsgSize", UNSET)

        msg_retention_seconds = d.pop("msgRetentionSeconds", UNSET)

        create_time = d.pop("createTime", UNSET)

        last_modify_time = d.pop("lastModifyTime", UNSET)

        _filter_type = d.pop("filterType", UNSET)
        filter_type: GetTopicAttributesResponseFilterType | Unset
        if isinstance(_filter_type, Unset):
            filter_type = UNSET
        else:
            filter_type = check_get_topic_attributes_response_filter_type(_filter_type)

        get_topic_attributes_response = cls(
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

        get_topic_attributes_response.additional_properties = d
        return get_topic_attributes_response

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
