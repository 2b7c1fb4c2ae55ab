"""SubscriptionOptions: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.retry_policy import RetryPolicy
    from ..models.subscription_options_post_headers import SubscriptionOptionsPostHeaders


@_attrs_define(repr=False)
class SubscriptionOptions(ModelWithExtras):
    """Options of a subscription; free-form, with these keys read by the notifiers."""

    post_data: str | None = None
    """ Webhook body template; the string `"$zaqar_message$"` is replaced by the message as JSON. """
    post_headers: SubscriptionOptionsPostHeaders | None = None
    """ Extra HTTP headers for webhook calls. """
    from_: str | None = None
    """ Sender address of `mailto:` notifications. """
    subject: str | None = None
    """ Subject of `mailto:` notifications. """
    trust_id: str | None = None
    """ Keystone trust used by `trust+http(s)` subscribers (created by the server if absent). """
    retry_policy: RetryPolicy | None = None
    """ How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.post_data is not None:
            field_dict["post_data"] = self.post_data
        if self.post_headers is not None:
            field_dict["post_headers"] = self.post_headers.to_dict()
        if self.from_ is not None:
            field_dict["from"] = self.from_
        if self.subject is not None:
            field_dict["subject"] = self.subject
        if self.trust_id is not None:
            field_dict["trust_id"] = self.trust_id
        if self.retry_policy is not None:
            field_dict["_retry_policy"] = self.retry_policy.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415
        from ..models.subscription_options_post_headers import SubscriptionOptionsPostHeaders  # noqa: PLC0415

        d = dict(src_dict)
        post_data = d.pop("post_data", None)
        _post_headers = d.pop("post_headers", None)
        post_headers: SubscriptionOptionsPostHeaders | None = (
            None if _post_headers is None else SubscriptionOptionsPostHeaders.from_dict(_post_headers)
        )
        from_ = d.pop("from", None)
        subject = d.pop("subject", None)
        trust_id = d.pop("trust_id", None)
        _retry_policy = d.pop("_retry_policy", None)
        retry_policy: RetryPolicy | None = None if _retry_policy is None else RetryPolicy.from_dict(_retry_policy)
        model = cls(
            post_data=post_data,
            post_headers=post_headers,
            from_=from_,
            subject=subject,
            trust_id=trust_id,
            retry_policy=retry_policy,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
