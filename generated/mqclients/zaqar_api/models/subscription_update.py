"""SubscriptionUpdate: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model

if TYPE_CHECKING:
    from ..models.subscription_options import SubscriptionOptions


@_attrs_define(repr=False)
class SubscriptionUpdate(Model):
    """Fields of a subscription to change; at least one. Other keys are 400."""

    subscriber: str | None = None
    """ New subscriber URI (same schemes as on creation). """
    ttl: int | None = None
    """ New lifetime in seconds, counted from now. """
    options: SubscriptionOptions | None = None
    """ Options of a subscription; free-form, with these keys read by the notifiers. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        if self.subscriber is not None:
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
        subscriber = d.pop("subscriber", None)
        ttl = d.pop("ttl", None)
        _options = d.pop("options", None)
        options: SubscriptionOptions | None = None if _options is None else SubscriptionOptions.from_dict(_options)
        model = cls(
            subscriber=subscriber,
            ttl=ttl,
            options=options,
        )
        return model
