from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionSummary")


@_attrs_define
class SubscriptionSummary:
    """A subscription as ListSubscriptionByTopic answers it."""

    subscription_id: str | Unset = UNSET
    """ Id of the subscription. """
    subscription_name: str | Unset = UNSET
    """ Name of the subscription. """
    protocol: str | Unset = UNSET
    """ Where it delivers, `http` or `queue`. """
    endpoint: str | Unset = UNSET
    """ The URL it pushes to (protocol http) or the name of the queue it feeds (protocol queue). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        subscription_name = self.subscription_name

        protocol = self.protocol

        endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscriptionId"] = subscription_id
        if subscription_name is not UNSET:
            field_dict["subscriptionName"] = subscription_name
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscriptionId", UNSET)

        subscription_name = d.pop("subscriptionName", UNSET)

        protocol = d.pop("protocol", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        subscription_summary = cls(
            subscription_id=subscription_id,
            subscription_name=subscription_name,
            protocol=protocol,
            endpoint=endpoint,
        )

        subscription_summary.additional_properties = d
        return subscription_summary

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
