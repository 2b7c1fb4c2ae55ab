"""SubscriptionSummary: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class SubscriptionSummary(ModelWithExtras):
    """A subscription as ListSubscriptionByTopic answers it."""

    subscription_id: str | None = None
    """ Id of the subscription. """
    subscription_name: str | None = None
    """ Name of the subscription. """
    protocol: str | None = None
    """ Where it delivers, `http` or `queue`. """
    endpoint: str | None = None
    """ The URL it pushes to (protocol http) or the name of the queue it feeds (protocol queue). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.subscription_id is not None:
            field_dict["subscriptionId"] = self.subscription_id
        if self.subscription_name is not None:
            field_dict["subscriptionName"] = self.subscription_name
        if self.protocol is not None:
            field_dict["protocol"] = self.protocol
        if self.endpoint is not None:
            field_dict["endpoint"] = self.endpoint
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        subscription_id = d.pop("subscriptionId", None)
        subscription_name = d.pop("subscriptionName", None)
        protocol = d.pop("protocol", None)
        endpoint = d.pop("endpoint", None)
        model = cls(
            subscription_id=subscription_id,
            subscription_name=subscription_name,
            protocol=protocol,
            endpoint=endpoint,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
