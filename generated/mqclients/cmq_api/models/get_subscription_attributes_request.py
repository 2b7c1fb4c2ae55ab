"""GetSubscriptionAttributesRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class GetSubscriptionAttributesRequest(ModelWithExtras):
    """GetSubscriptionAttributes' parameters."""

    topic_name: str
    """ Name of the topic. """
    subscription_name: str
    """ Name of the subscription. """
    action: Literal["GetSubscriptionAttributes"] = "GetSubscriptionAttributes"
    """ The action; fixed, the client fills it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["topicName"] = self.topic_name
        field_dict["subscriptionName"] = self.subscription_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["GetSubscriptionAttributes"] = expect_const(_action, "GetSubscriptionAttributes", "action")
        topic_name = d.pop("topicName")
        subscription_name = d.pop("subscriptionName")
        model = cls(
            action=action,
            topic_name=topic_name,
            subscription_name=subscription_name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
