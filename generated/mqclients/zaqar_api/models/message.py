from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
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
    checksum: str | Unset = UNSET
    """ Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        href = self.href

        ttl = self.ttl

        age = self.age

        body = self.body

        checksum = self.checksum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "href": href,
                "ttl": ttl,
                "age": age,
                "body": body,
            }
        )
        if checksum is not UNSET:
            field_dict["checksum"] = checksum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        href = d.pop("href")

        ttl = d.pop("ttl")

        age = d.pop("age")

        body = d.pop("body")

        checksum = d.pop("checksum", UNSET)

        message = cls(
            id=id,
            href=href,
            ttl=ttl,
            age=age,
            body=body,
            checksum=checksum,
        )

        message.additional_properties = d
        return message

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
