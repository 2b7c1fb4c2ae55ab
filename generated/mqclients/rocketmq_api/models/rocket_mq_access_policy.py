"""RocketMQAccessPolicy: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class RocketMQAccessPolicy(ModelWithExtras):
    """A user authorized on a topic or consumer group, with its permission there (doc table `policies`, 5-132/5-136)."""

    access_key: str | None = None
    """ User name (access key). """
    secret_key: str | None = None
    """ Secret key of the user (a secret, never log it); the doc's example shows it masked as `*****`. """
    white_remote_address: str | None = None
    """ IP whitelist of the user. """
    admin: bool | None = None
    """ Whether the user is an administrator. """
    perm: str | None = None
    """ The user's permission on the topic or group: `PUB`, `SUB`, `PUB|SUB` or `DENY` (may be empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.access_key is not None:
            field_dict["access_key"] = self.access_key
        if self.secret_key is not None:
            field_dict["secret_key"] = self.secret_key
        if self.white_remote_address is not None:
            field_dict["white_remote_address"] = self.white_remote_address
        if self.admin is not None:
            field_dict["admin"] = self.admin
        if self.perm is not None:
            field_dict["perm"] = self.perm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        access_key = d.pop("access_key", None)
        secret_key = d.pop("secret_key", None)
        white_remote_address = d.pop("white_remote_address", None)
        admin = d.pop("admin", None)
        perm = d.pop("perm", None)
        model = cls(
            access_key=access_key,
            secret_key=secret_key,
            white_remote_address=white_remote_address,
            admin=admin,
            perm=perm,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
