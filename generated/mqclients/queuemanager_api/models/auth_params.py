from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthParams")


@_attrs_define
class AuthParams:
    """The arguments of `qm.auth`."""

    username: str
    """ The user's name, as in the server's users file; 1 to 64 characters, letters, digits, `_`, `.`, `@` and `-`.
    """
    password: str
    """ The login payload, UTF-8 JSON `{"challenge": ..., "time": ..., "password": ...}`, encrypted with the
    server's public key (RSA-OAEP with SHA-256), in canonical standard base64 with padding. """

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        auth_params = cls(
            username=username,
            password=password,
        )

        return auth_params

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
