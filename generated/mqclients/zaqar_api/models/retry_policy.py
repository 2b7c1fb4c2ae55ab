from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retry_policy_retry_backoff_function import (
    RetryPolicyRetryBackoffFunction,
    check_retry_policy_retry_backoff_function,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryPolicy")


@_attrs_define
class RetryPolicy:
    """How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds.

    """

    retries_with_no_delay: int | Unset = UNSET
    """ Immediate retries (default 3). """
    minimum_delay_retries: int | Unset = UNSET
    """ Retries at the minimum delay (default 3). """
    minimum_delay: int | Unset = UNSET
    """ Smallest delay between retries in seconds (default 5). """
    maximum_delay: int | Unset = UNSET
    """ Largest delay between retries in seconds (default 30). """
    maximum_delay_retries: int | Unset = UNSET
    """ Retries at the maximum delay (default 3). """
    retry_backoff_function: RetryPolicyRetryBackoffFunction | Unset = UNSET
    """ How the delay grows between the minimum and maximum. """
    ignore_subscription_override: bool | Unset = UNSET
    """ In queue metadata, apply the queue's policy even to subscriptions that have their own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retries_with_no_delay = self.retries_with_no_delay

        minimum_delay_retries = self.minimum_delay_retries

        minimum_delay = self.minimum_delay

        maximum_delay = self.maximum_delay

        maximum_delay_retries = self.maximum_delay_retries

        retry_backoff_function: str | Unset = UNSET
        if not isinstance(self.retry_backoff_function, Unset):
            retry_backoff_function = self.retry_backoff_function

        ignore_subscription_override = self.ignore_subscription_override

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retries_with_no_delay is not UNSET:
            field_dict["retries_with_no_delay"] = retries_with_no_delay
        if minimum_delay_retries is not UNSET:
            field_dict["minimum_delay_retries"] = minimum_delay_retries
        if minimum_delay is not UNSET:
            field_dict["minimum_delay"] = minimum_delay
        if maximum_delay is not UNSET:
            field_dict["maximum_delay"] = maximum_delay
        if maximum_delay_retries is not UNSET:
            field_dict["maximum_delay_retries"] = maximum_delay_retries
        if retry_backoff_function is not UNSET:
            field_dict["retry_backoff_function"] = retry_backoff_function
        if ignore_subscription_override is not UNSET:
            field_dict["ignore_subscription_override"] = ignore_subscription_override

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retries_with_no_delay = d.pop("retries_with_no_delay", UNSET)

        minimum_delay_retries = d.pop("minimum_delay_retries", UNSET)

        minimum_delay = d.pop("minimum_delay", UNSET)

        maximum_delay = d.pop("maximum_delay", UNSET)

        maximum_delay_retries = d.pop("maximum_delay_retries", UNSET)

        _retry_backoff_function = d.pop("retry_backoff_function", UNSET)
        retry_backoff_function: RetryPolicyRetryBackoffFunction | Unset
        if isinstance(_retry_backoff_function, Unset):
            retry_backoff_function = UNSET
        else:
            retry_backoff_function = check_retry_policy_retry_backoff_function(_retry_backoff_function)

        ignore_subscription_override = d.pop("ignore_subscription_override", UNSET)

        retry_policy = cls(
            retries_with_no_delay=retries_with_no_delay,
            minimum_delay_retries=minimum_delay_retries,
            minimum_delay=minimum_delay,
            maximum_delay=maximum_delay,
            maximum_delay_retries=maximum_delay_retries,
            retry_backoff_function=retry_backoff_function,
            ignore_subscription_override=ignore_subscription_override,
        )

        retry_policy.additional_properties = d
        return retry_policy

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
