from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


T = TypeVar("T", bound="SubscriptionUpdate")


@_attrs_define
class SubscriptionUpdate:
    """Fields of a subscription to change; at least one. Other keys are 400."""

    subscriber: str | Unset = UNSET
    """ New subscriber URI (same schemes as on creation). """
    ttl: int | Unset = UNSET
    """ New lifetime in seconds, counted from now. """
    options: SubscriptionOptions | Unset = UNSET
    """ Options of a subscription; free-form, with these keys read by the notifiers. """

    def to_dict(self) -> dict[str, Any]:
        subscriber = self.subscriber

        ttl = self.ttl

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if subscriber is not UNSET:
            field_dict["subscriber"] = subscriber
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_options import SubscriptionOptions  # noqa: PLC0415

        d = dict(src_dict)
        subscriber = d.pop("subscriber", UNSET)

        ttl = d.pop("ttl", UNSET)

        _options = d.pop("options", UNSET)
        options: SubscriptionOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = SubscriptionOptions.from_dict(_options)

        subscription_update = cls(
            subscriber=subscriber,
            ttl=ttl,
            options=options,
        )

        return subscription_update

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
