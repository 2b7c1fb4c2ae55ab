"""RetryPolicy: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.retry_policy_retry_backoff_function import (
    RetryPolicyRetryBackoffFunction,
    check_retry_policy_retry_backoff_function,
)


@_attrs_define(repr=False)
class RetryPolicy(ModelWithExtras):
    """How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds."""

    retries_with_no_delay: int | None = None
    """ Immediate retries (default 3). """
    minimum_delay_retries: int | None = None
    """ Retries at the minimum delay (default 3). """
    minimum_delay: int | None = None
    """ Smallest delay between retries in seconds (default 5). """
    maximum_delay: int | None = None
    """ Largest delay between retries in seconds (default 30). """
    maximum_delay_retries: int | None = None
    """ Retries at the maximum delay (default 3). """
    retry_backoff_function: RetryPolicyRetryBackoffFunction | None = None
    """ How the delay grows between the minimum and maximum. """
    ignore_subscription_override: bool | None = None
    """ In queue metadata, apply the queue's policy even to subscriptions that have their own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.retries_with_no_delay is not None:
            field_dict["retries_with_no_delay"] = self.retries_with_no_delay
        if self.minimum_delay_retries is not None:
            field_dict["minimum_delay_retries"] = self.minimum_delay_retries
        if self.minimum_delay is not None:
            field_dict["minimum_delay"] = self.minimum_delay
        if self.maximum_delay is not None:
            field_dict["maximum_delay"] = self.maximum_delay
        if self.maximum_delay_retries is not None:
            field_dict["maximum_delay_retries"] = self.maximum_delay_retries
        if self.retry_backoff_function is not None:
            field_dict["retry_backoff_function"] = self.retry_backoff_function
        if self.ignore_subscription_override is not None:
            field_dict["ignore_subscription_override"] = self.ignore_subscription_override
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        retries_with_no_delay = d.pop("retries_with_no_delay", None)
        minimum_delay_retries = d.pop("minimum_delay_retries", None)
        minimum_delay = d.pop("minimum_delay", None)
        maximum_delay = d.pop("maximum_delay", None)
        maximum_delay_retries = d.pop("maximum_delay_retries", None)
        _retry_backoff_function = d.pop("retry_backoff_function", None)
        retry_backoff_function: RetryPolicyRetryBackoffFunction | None = (
            None
            if _retry_backoff_function is None
            else check_retry_policy_retry_backoff_function(_retry_backoff_function)
        )
        ignore_subscription_override = d.pop("ignore_subscription_override", None)
        model = cls(
            retries_with_no_delay=retries_with_no_delay,
            minimum_delay_retries=minimum_delay_retries,
            minimum_delay=minimum_delay,
            maximum_delay=maximum_delay,
            maximum_delay_retries=maximum_delay_retries,
            retry_backoff_function=retry_backoff_function,
            ignore_subscription_override=ignore_subscription_override,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
