from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
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
    confirmed: bool | Unset = UNSET
    """ Whether the subscriber confirmed it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        subscriber = self.subscriber

        ttl = self.ttl

        age = self.age

        options = self.options.to_dict()

        confirmed = self.confirmed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "subscriber": subscriber,
                "ttl": ttl,
                "age": age,
                "options": options,
            }
        )
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_options import SubscriptionOptions  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        subscriber = d.pop("subscriber")

        ttl = d.pop("ttl")

        age = d.pop("age")

        options = SubscriptionOptions.from_dict(d.pop("options"))

        confirmed = d.pop("confirmed", UNSET)

        subscription = cls(
            id=id,
            source=source,
            subscriber=subscriber,
            ttl=ttl,
            age=age,
            options=options,
            confirmed=confirmed,
        )

        subscription.additional_properties = d
        return subscription

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
