"""SubscribeRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const

from ..models.subscribe_request_notify_content_format import (
    SubscribeRequestNotifyContentFormat,
    check_subscribe_request_notify_content_format,
)
from ..models.subscribe_request_notify_strategy import (
    SubscribeRequestNotifyStrategy,
    check_subscribe_request_notify_strategy,
)
from ..models.subscribe_request_protocol import SubscribeRequestProtocol, check_subscribe_request_protocol


@_attrs_define(repr=False)
class SubscribeRequest(ModelWithExtras):
    """Subscribe's parameters."""

    topic_name: str
    """ Name of the topic. """
    subscription_name: str
    """ Name of the new subscription: 1 to 64 characters, a letter first, then letters, digits and `-`.
    Unique within the topic. """
    protocol: SubscribeRequestProtocol
    """ Where the subscription delivers, `http` (push to a URL) or `queue` (into a queue). """
    endpoint: str
    """ For `http`, the URL to push to: `http://` or `https://`, a domain name or IP address reachable from
    the internet, no blanks. For `queue`, the name of the target queue. """
    action: Literal["Subscribe"] = "Subscribe"
    """ The action; fixed, the client fills it in. """
    notify_strategy: SubscribeRequestNotifyStrategy | None = None
    """ How failed pushes are retried: `BACKOFF_RETRY` (a fixed number of times at fixed intervals) or
    `EXPONENTIAL_DECAY_RETRY` (at growing intervals).
     When omitted the server applies 'EXPONENTIAL_DECAY_RETRY'. """
    notify_content_format: SubscribeRequestNotifyContentFormat | None = None
    """ Shape of what is pushed: `JSON` or `SIMPLIFIED` (the body only). The `queue` protocol requires
    `SIMPLIFIED`; `http` defaults to `JSON` (so no default is declared here). """
    filter_tag: list[str] | None = None
    """ Tags of tag-filtered topics: the subscription receives only messages sharing at least one of them
    (every message when there are none). At most 5 of at most 16 characters. Sent as `filterTag.0`, ... """
    binding_key: list[str] | None = None
    """ Binding keys of routing-key topics (required there): at most 5, each at most 64 bytes and 15 dots;
    `*` matches one word, `#` one or more. Sent as `bindingKey.0`, ... """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["topicName"] = self.topic_name
        field_dict["subscriptionName"] = self.subscription_name
        field_dict["protocol"] = self.protocol
        field_dict["endpoint"] = self.endpoint
        if self.notify_strategy is not None:
            field_dict["notifyStrategy"] = self.notify_strategy
        if self.notify_content_format is not None:
            field_dict["notifyContentFormat"] = self.notify_content_format
        if self.filter_tag is not None:
            field_dict["filterTag"] = self.filter_tag
        if self.binding_key is not None:
            field_dict["bindingKey"] = self.binding_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["Subscribe"] = expect_const(_action, "Subscribe", "action")
        topic_name = d.pop("topicName")
        subscription_name = d.pop("subscriptionName")
        _protocol = d.pop("protocol")
        protocol: SubscribeRequestProtocol = check_subscribe_request_protocol(_protocol)
        endpoint = d.pop("endpoint")
        _notify_strategy = d.pop("notifyStrategy", None)
        notify_strategy: SubscribeRequestNotifyStrategy | None = (
            None if _notify_strategy is None else check_subscribe_request_notify_strategy(_notify_strategy)
        )
        _notify_content_format = d.pop("notifyContentFormat", None)
        notify_content_format: SubscribeRequestNotifyContentFormat | None = (
            None
            if _notify_content_format is None
            else check_subscribe_request_notify_content_format(_notify_content_format)
        )
        filter_tag = d.pop("filterTag", None)
        binding_key = d.pop("bindingKey", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
