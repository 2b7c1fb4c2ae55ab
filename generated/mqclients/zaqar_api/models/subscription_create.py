from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


T = TypeVar("T", bound="SubscriptionCreate")


@_attrs_define
class SubscriptionCreate:
    """A new subscription."""

    subscriber: str
    """ Where to notify; a URI whose scheme is one of the server's `subscriber_types` (http, https, mailto,
    trust+http, trust+https by default). """
    ttl: int | Unset = UNSET
    """ Lifetime of the subscription in seconds (server default `default_subscription_ttl`, 3600). """
    options: SubscriptionOptions | Unset = UNSET
    """ Options of a subscription; free-form, with these keys read by the notifiers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber

        ttl = self.ttl

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscriber": subscriber,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_options import SubscriptionOptions  # noqa: PLC0415

        d = dict(src_dict)
        subscriber = d.pop("subscriber")

        ttl = d.pop("ttl", UNSET)

        _options = d.pop("options", UNSET)
        options: SubscriptionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SubscriptionOptions.from_dict(_options)

        subscription_create = cls(
            subscriber=subscriber,
            ttl=ttl,
            options=options,
        )

        subscription_create.additional_properties = d
        return subscription_create

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
