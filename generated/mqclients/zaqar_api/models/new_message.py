"""NewMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class NewMessage(ModelWithExtras):
    """A message to post."""

    body: Any
    """ Body of the message, any JSON value (object, array, string, number, boolean or null). """
    ttl: int | None = None
    """ Lifetime in seconds; default the queue's `_default_message_ttl`, else the server's `default_message_ttl`
    (3600). A JSON integer; the client sends a whole float (300.0) as one. """
    delay: int | None = None
    """ Seconds before the message can be claimed. Read only on queues that have `_default_message_delay` (which is
    also its default); ignored elsewhere. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["body"] = self.body
        if self.ttl is not None:
            field_dict["ttl"] = self.ttl
        if self.delay is not None:
            field_dict["delay"] = self.delay
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        body = d.pop("body")
        ttl = d.pop("ttl", None)
        delay = d.pop("delay", None)
        model = cls(
            body=body,
            ttl=ttl,
            delay=delay,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
