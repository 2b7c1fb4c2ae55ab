"""SubscriptionCreate: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


@_attrs_define(repr=False)
class SubscriptionCreate(ModelWithExtras):
    """A new subscription."""

    subscriber: str
    """ Where to notify; a URI whose scheme is one of the server's `subscriber_types` (http, https, mailto,
    trust+http, trust+https by default). """
    ttl: int | None = None
    """ Lifetime of the subscription in seconds (server default `default_subscription_ttl`, 3600). """
    options: SubscriptionOptions | None = None
    """ Options of a subscription; free-form, with these keys read by the notifiers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["subscriber"] = self.subscriber
        if self.ttl is not None:
            field_dict["ttl"] = self.ttl
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.subscription_options import SubscriptionOptions  # noqa: PLC0415

        d = dict(src_dict)
        subscriber = d.pop("subscriber")
        ttl = d.pop("ttl", None)
        _options = d.pop("options", None)
        options: SubscriptionOptions | None = None if _options is None else SubscriptionOptions.from_dict(_options)
        model = cls(
            subscriber=subscriber,
            ttl=ttl,
            options=options,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
