"""AuthParams: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model


@_attrs_define(repr=False)
class AuthParams(Model):
    """The arguments of `qm.auth`."""

    username: str
    """ The user's name, as in the server's users file; 1 to 64 characters, letters, digits, `_`, `.`, `@` and `-`.
    """
    password: str
    """ The login payload, UTF-8 JSON `{"challenge": ..., "time": ..., "password": ...}`, encrypted with the
    server's public key (RSA-OAEP with SHA-256), in canonical standard base64 with padding. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict["username"] = self.username
        field_dict["password"] = self.password
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        username = d.pop("username")
        password = d.pop("password")
        model = cls(
            username=username,
            password=password,
        )
        return model
