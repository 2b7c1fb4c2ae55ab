from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_topic_request_filter_type import (
    CreateTopicRequestFilterType,
    check_create_topic_request_filter_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTopicRequest")


@_attrs_define
class CreateTopicRequest:
    """CreateTopic's parameters."""

    topic_name: str
    """ Name of the new topic: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in
    the account and region.
     """
    action: Literal["CreateTopic"] = "CreateTopic"
    """ The action; fixed, the client fills it in. """
    max_msg_size: int | Unset = 65536
    """ Largest message body the topic accepts, in bytes (1 KB to 64 KB). """
    filter_type: CreateTopicRequestFilterType | Unset = 1
    """ How subscriptions filter the topic's messages, fixed at creation: 1 by tags (`msgTag` against
    the subscription's `filterTag`), 2 by routing key (`routingKey` against `bindingKey`). Leaving it
    out means 1; the SDKs send 1.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        topic_name = self.topic_name

        max_msg_size = self.max_msg_size

        filter_type: int | Unset = UNSET
        if not isinstance(self.filter_type, Unset):
            filter_type = self.filter_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "topicName": topic_name,
            }
        )
        if max_msg_size is not UNSET:
            field_dict["maxMsgSize"] = max_msg_size
        if filter_type is not UNSET:
            field_dict["filterType"] = filter_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["CreateTopic"], d.pop("Action"))
        if action != "CreateTopic":
            raise ValueError(f"Action must match const 'CreateTopic', got '{action}'")

        topic_name = d.pop("topicName")

        max_msg_size = d.pop("maxMsgSize", UNSET)

        _filter_type = d.pop("filterType", UNSET)
        filter_type: CreateTopicRequestFilterType | Unset
        if isinstance(_filter_type, Unset):
            filter_type = UNSET
        else:
            filter_type = check_create_topic_request_filter_type(_filter_type)

        create_topic_request = cls(
            action=action,
            topic_name=topic_name,
            max_msg_size=max_msg_size,
            filter_type=filter_type,
        )

        create_topic_request.additional_properties = d
        return create_topic_request

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
