"""Message: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Message(ModelWithExtras):
    """A message as the server returns it."""

    id: str
    """ Id of the message. """
    href: str
    """ Path of the message; carries `?claim_id=` while the message is claimed. """
    ttl: int
    """ Lifetime in seconds; the message expires `ttl - age` seconds from now. """
    age: int
    """ Seconds since the message was posted. """
    body: Any
    """ Body of the message (any JSON value). """
    checksum: str | None = None
    """ Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["href"] = self.href
        field_dict["ttl"] = self.ttl
        field_dict["age"] = self.age
        field_dict["body"] = self.body
        if self.checksum is not None:
            field_dict["checksum"] = self.checksum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id")
        href = d.pop("href")
        ttl = d.pop("ttl")
        age = d.pop("age")
        body = d.pop("body")
        checksum = d.pop("checksum", None)
        model = cls(
            id=id,
            href=href,
            ttl=ttl,
            age=age,
            body=body,
            checksum=checksum,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
