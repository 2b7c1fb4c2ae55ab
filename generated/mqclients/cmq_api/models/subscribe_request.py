from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_request_notify_content_format import (
    SubscribeRequestNotifyContentFormat,
    check_subscribe_request_notify_content_format,
)
from ..models.subscribe_request_notify_strategy import (
    SubscribeRequestNotifyStrategy,
    check_subscribe_request_notify_strategy,
)
from ..models.subscribe_request_protocol import SubscribeRequestProtocol, check_subscribe_request_protocol
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeRequest")


@_attrs_define
class SubscribeRequest:
    """Subscribe's parameters."""

    topic_name: str
    """ Name of the topic. """
    subscription_name: str
    """ Name of the new subscription: 1 to 64 characters, a letter first, then letters, digits and `-`.
    Unique within the topic.
     """
    protocol: SubscribeRequestProtocol
    """ Where the subscription delivers, `http` (push to a URL) or `queue` (into a queue). """
    endpoint: str
    """ For `http`, the URL to push to: `http://` or `https://`, a domain name or IP address reachable from
    the internet, no blanks. For `queue`, the name of the target queue.
     """
    action: Literal["Subscribe"] = "Subscribe"
    """ The action; fixed, the client fills it in. """
    notify_strategy: SubscribeRequestNotifyStrategy | Unset = "EXPONENTIAL_DECAY_RETRY"
    """ How failed pushes are retried: `BACKOFF_RETRY` (a fixed number of times at fixed intervals) or
    `EXPONENTIAL_DECAY_RETRY` (at growing intervals).
     """
    notify_content_format: SubscribeRequestNotifyContentFormat | Unset = UNSET
    """ Shape of what is pushed: `JSON` or `SIMPLIFIED` (the body only). The `queue` protocol requires
    `SIMPLIFIED`; `http` defaults to `JSON` (so no default is declared here).
     """
    filter_tag: list[str] | Unset = UNSET
    """ Tags of tag-filtered topics: the subscription receives only messages sharing at least one of them
    (every message when there are none). At most 5 of at most 16 characters. Sent as `filterTag.0`, ...
     """
    binding_key: list[str] | Unset = UNSET
    """ Binding keys of routing-key topics (required there): at most 5, each at most 64 bytes and 15 dots;
    `*` matches one word, `#` one or more. Sent as `bindingKey.0`, ...
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        topic_name = self.topic_name

        subscription_name = self.subscription_name

        protocol: str = self.protocol

        endpoint = self.endpoint

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
                "protocol": protocol,
                "endpoint": endpoint,
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
        action = cast(Literal["Subscribe"], d.pop("Action"))
        if action != "Subscribe":
            raise ValueError(f"Action must match const 'Subscribe', got '{action}'")

        topic_name = d.pop("topicName")

        subscription_name = d.pop("subscriptionName")

        protocol = check_subscribe_request_protocol(d.pop("protocol"))

        endpoint = d.pop("endpoint")

        _notify_strategy = d.pop("notifyStrategy", UNSET)
        notify_strategy: SubscribeRequestNotifyStrategy | Unset
        if isinstance(_notify_strategy, Unset):
            notify_strategy = UNSET
        else:
            notify_strategy = check_subscribe_request_notify_strategy(_notify_strategy)

        _notify_content_format = d.pop("notifyContentFormat", UNSET)
        notify_content_format: SubscribeRequestNotifyContentFormat | Unset
        if isinstance(_notify_content_format, Unset):
            notify_content_format = UNSET
        else:
            notify_content_format = check_subscribe_request_notify_content_format(_notify_content_format)

        filter_tag = cast(list[str], d.pop("filterTag", UNSET))

        binding_key = cast(list[str], d.pop("bindingKey", UNSET))

        subscribe_request = cls(
            action=action,
            topic_name=topic_name,
            subscription_name=subscription_name,
            protocol=protocol,
            endpoint=endpoint,
            notify_strategy=notify_strategy,
            notify_content_format=notify_content_format,
            filter_tag=filter_tag,
            binding_key=binding_key,
        )

        subscribe_request.additional_properties = d
        return subscribe_request

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
