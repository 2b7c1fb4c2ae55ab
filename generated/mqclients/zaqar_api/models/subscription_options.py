from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retry_policy import RetryPolicy
    from ..models.subscription_options_post_headers import SubscriptionOptionsPostHeaders


T = TypeVar("T", bound="SubscriptionOptions")


@_attrs_define
class SubscriptionOptions:
    """Options of a subscription; free-form, with these keys read by the notifiers."""

    post_data: str | Unset = UNSET
    """ Webhook body template; the string `"$zaqar_message$"` is replaced by the message as JSON. """
    post_headers: SubscriptionOptionsPostHeaders | Unset = UNSET
    """ Extra HTTP headers for webhook calls. """
    from_: str | Unset = UNSET
    """ Sender address of `mailto:` notifications. """
    subject: str | Unset = UNSET
    """ Subject of `mailto:` notifications. """
    trust_id: str | Unset = UNSET
    """ Keystone trust used by `trust+http(s)` subscribers (created by the server if absent). """
    retry_policy: RetryPolicy | Unset = UNSET
    """ How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        post_data = self.post_data

        post_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_headers, Unset):
            post_headers = self.post_headers.to_dict()

        from_ = self.from_

        subject = self.subject

        trust_id = self.trust_id

        retry_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_policy, Unset):
            retry_policy = self.retry_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if post_data is not UNSET:
            field_dict["post_data"] = post_data
        if post_headers is not UNSET:
            field_dict["post_headers"] = post_headers
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if trust_id is not UNSET:
            field_dict["trust_id"] = trust_id
        if retry_policy is not UNSET:
            field_dict["_retry_policy"] = retry_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415
        from ..models.subscription_options_post_headers import SubscriptionOptionsPostHeaders  # noqa: PLC0415

        d = dict(src_dict)
        post_data = d.pop("post_data", UNSET)

        _post_headers = d.pop("post_headers", UNSET)
        post_headers: SubscriptionOptionsPostHeaders | Unset
        if isinstance(_post_headers, Unset):
            post_headers = UNSET
        else:
            post_headers = SubscriptionOptionsPostHeaders.from_dict(_post_headers)

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        trust_id = d.pop("trust_id", UNSET)

        _retry_policy = d.pop("_retry_policy", UNSET)
        retry_policy: RetryPolicy | Unset
        if isinstance(_retry_policy, Unset):
            retry_policy = UNSET
        else:
            retry_policy = RetryPolicy.from_dict(_retry_policy)

        subscription_options = cls(
            post_data=post_data,
            post_headers=post_headers,
            from_=from_,
            subject=subject,
            trust_id=trust_id,
            retry_policy=retry_policy,
        )

        subscription_options.additional_properties = d
        return subscription_options

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
