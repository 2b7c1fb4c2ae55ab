from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewMessage")


@_attrs_define
class NewMessage:
    """A message to post."""

    body: Any
    """ Body of the message, any JSON value (object, array, string, number, boolean or null). """
    ttl: int | Unset = UNSET
    """ Lifetime in seconds; default the queue's `_default_message_ttl`, else the server's `default_message_ttl`
    (3600). A JSON integer; the client sends a whole float (300.0) as one. """
    delay: int | Unset = UNSET
    """ Seconds before the message can be claimed. Read only on queues that have `_default_message_delay` (which is
    also its default); ignored elsewhere. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        ttl = self.ttl

        delay = self.delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body": body,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if delay is not UNSET:
            field_dict["delay"] = delay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body")

        ttl = d.pop("ttl", UNSET)

        delay = d.pop("delay", UNSET)

        new_message = cls(
            body=body,
            ttl=ttl,
            delay=delay,
        )

        new_message.additional_properties = d
        return new_message

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
