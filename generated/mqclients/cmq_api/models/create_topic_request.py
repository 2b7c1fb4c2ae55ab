"""CreateTopicRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const

from ..models.create_topic_request_filter_type import (
    CreateTopicRequestFilterType,
    check_create_topic_request_filter_type,
)


@_attrs_define(repr=False)
class CreateTopicRequest(ModelWithExtras):
    """CreateTopic's parameters."""

    topic_name: str
    """ Name of the new topic: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in
    the account and region. """
    action: Literal["CreateTopic"] = "CreateTopic"
    """ The action; fixed, the client fills it in. """
    max_msg_size: int | None = None
    """ Largest message body the topic accepts, in bytes (1 KB to 64 KB). When omitted the server applies 65536. """
    filter_type: CreateTopicRequestFilterType | None = None
    """ How subscriptions filter the topic's messages, fixed at creation: 1 by tags (`msgTag` against
    the subscription's `filterTag`), 2 by routing key (`routingKey` against `bindingKey`). Leaving it
    out means 1; the SDKs send 1.
     When omitted the server applies 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["topicName"] = self.topic_name
        if self.max_msg_size is not None:
            field_dict["maxMsgSize"] = self.max_msg_size
        if self.filter_type is not None:
            field_dict["filterType"] = self.filter_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["CreateTopic"] = expect_const(_action, "CreateTopic", "action")
        topic_name = d.pop("topicName")
        max_msg_size = d.pop("maxMsgSize", None)
        _filter_type = d.pop("filterType", None)
        filter_type: CreateTopicRequestFilterType | None = (
            None if _filter_type is None else check_create_topic_request_filter_type(_filter_type)
        )
        model = cls(
            action=action,
            topic_name=topic_name,
            max_msg_size=max_msg_size,
            filter_type=filter_type,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
