"""Subscription: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


@_attrs_define(repr=False)
class Subscription(ModelWithExtras):
    """A subscription of a queue."""

    id: str
    """ Id of the subscription. """
    source: str
    """ Name of the queue it watches. """
    subscriber: str
    """ URI notified of new messages. """
    ttl: int
    """ Lifetime of the subscription in seconds. """
    age: int
    """ Seconds since the subscription was created or its ttl last changed. """
    options: SubscriptionOptions
    """ Options of a subscription; free-form, with these keys read by the notifiers. """
    confirmed: bool | None = None
    """ Whether the subscriber confirmed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["source"] = self.source
        field_dict["subscriber"] = self.subscriber
        field_dict["ttl"] = self.ttl
        field_dict["age"] = self.age
        field_dict["options"] = self.options.to_dict()
        if self.confirmed is not None:
            field_dict["confirmed"] = self.confirmed
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.subscription_options import SubscriptionOptions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        source = d.pop("source")
        subscriber = d.pop("subscriber")
        ttl = d.pop("ttl")
        age = d.pop("age")
        _options = d.pop("options")
        options: SubscriptionOptions = SubscriptionOptions.from_dict(_options)
        confirmed = d.pop("confirmed", None)
        model = cls(
            id=id,
            source=source,
            subscriber=subscriber,
            ttl=ttl,
            age=age,
            options=options,
            confirmed=confirmed,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
