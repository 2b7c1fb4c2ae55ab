from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetTopicAttributesRequest")


@_attrs_define
class SetTopicAttributesRequest:
    """SetTopicAttributes' parameters."""

    topic_name: str
    """ Name of the topic. """
    action: Literal["SetTopicAttributes"] = "SetTopicAttributes"
    """ The action; fixed, the client fills it in. """
    max_msg_size: int | Unset = UNSET
    """ New largest message body, in bytes (1 KB to 64 KB); left out, the limit stays as it is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        topic_name = self.topic_name

        max_msg_size = self.max_msg_size

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["SetTopicAttributes"], d.pop("Action"))
        if action != "SetTopicAttributes":
            raise ValueError(f"Action must match const 'SetTopicAttributes', got '{action}'")

        topic_name = d.pop("topicName")

        max_msg_size = d.pop("maxMsgSize", UNSET)

        set_topic_attributes_request = cls(
            action=action,
            topic_name=topic_name,
            max_msg_size=max_msg_size,
        )

        set_topic_attributes_request.additional_properties = d
        return set_topic_attributes_request

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
