from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_subscription_attributes_request_notify_content_format import (
    SetSubscriptionAttributesRequestNotifyContentFormat,
    check_set_subscription_attributes_request_notify_content_format,
)
from ..models.set_subscription_attributes_request_notify_strategy import (
    SetSubscriptionAttributesRequestNotifyStrategy,
    check_set_subscription_attributes_request_notify_strategy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetSubscriptionAttributesRequest")


@_attrs_define
class SetSubscriptionAttributesRequest:
    """SetSubscriptionAttributes' parameters; the settings left out keep their value (no defaults here on purpose)."""

    topic_name: str
    """ Name of the topic. """
    subscription_name: str
    """ Name of the subscription. """
    action: Literal["SetSubscriptionAttributes"] = "SetSubscriptionAttributes"
    """ The action; fixed, the client fills it in. """
    notify_strategy: SetSubscriptionAttributesRequestNotifyStrategy | Unset = UNSET
    """ New retry strategy. """
    notify_content_format: SetSubscriptionAttributesRequestNotifyContentFormat | Unset = UNSET
    """ New push format (`queue` subscriptions need `SIMPLIFIED`). """
    filter_tag: list[str] | Unset = UNSET
    """ New filter tags, at most 5 of at most 16 characters. Sent as `filterTag.0`, ... """
    binding_key: list[str] | Unset = UNSET
    """ New binding keys (routing-key topics), at most 5, each at most 64 bytes and 15 dots. Sent as `bindingKey.0`,
    ... """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        topic_name = self.topic_name

        subscription_name = self.subscription_name

        notify_strategy: str | Unset = UNSET
        if not isinstance(self.notify_strategy, Unset):
            notify_strategy = self.notify_strategy

        notify_content_format: str | Unset = UNSET
        if not isinstance(self.notify_content_format, Unset):
            notify_content_format = self.notify_content_format

        filter_tag: list[str] | Unset = UNSET
        if not isinstance(self.filter_tag, Unset):
            filter_tag = self.filter_tag

        binding_key: list[str] | Unset = UNSET
        if not isinstance(self.binding_key, Unset):
            binding_key = self.binding_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "topicName": topic_name,
                "subscriptionName": subscription_name,
            }
        )
        if notify_strategy is not UNSET:
            field_dict["notifyStrategy"] = notify_strategy
        if notify_content_format is not UNSET:
            field_dict["notifyContentFormat"] = notify_content_format
        if filter_tag is not UNSET:
            field_dict["filterTag"] = filter_tag
        if binding_key is not UNSET:
            field_dict["bindingKey"] = binding_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["SetSubscriptionAttributes"], d.pop("Action"))
        if action != "SetSubscriptionAttributes":
            raise ValueError(f"Action must match const 'SetSubscriptionAttributes', got '{action}'")

        topic_name = d.pop("topicName")

        subscription_name = d.pop("subscriptionName")

        _notify_strategy = d.pop("notifyStrategy", UNSET)
        notify_strategy: SetSubscriptionAttributesRequestNotifyStrategy | Unset
        if isinstance(_notify_strategy, Unset):
            notify_strategy = UNSET
        else:
            notify_strategy = check_set_subscription_attributes_request_notify_strategy(_notify_strategy)

        _notify_content_format = d.pop("notifyContentFormat", UNSET)
        notify_content_format: SetSubscriptionAttributesRequestNotifyContentFormat | Unset
        if isinstance(_notify_content_format, Unset):
            notify_content_format = UNSET
        else:
            notify_content_format = check_set_subscription_attributes_request_notify_content_format(
                _notify_content_format
            )

        filter_tag = cast(list[str], d.pop("filterTag", UNSET))

        binding_key = cast(list[str], d.pop("bindingKey", UNSET))

        set_subscription_attributes_request = cls(
            action=action,
            topic_name=topic_name,
            subscription_name=subscription_name,
            notify_strategy=notify_strategy,
            notify_content_format=notify_content_format,
            filter_tag=filter_tag,
            binding_key=binding_key,
        )

        set_subscription_attributes_request.additional_properties = d
        return set_subscription_attributes_request

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
