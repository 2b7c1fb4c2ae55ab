from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MapRemoveParams")


@_attrs_define
class MapRemoveParams:
    """The arguments of `qm.map_remove`."""

    map_: str
    """ Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    key: str
    """ The key to remove. 1 to 1,024 characters. """
    token: str | Unset = UNSET
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """

    def to_dict(self) -> dict[str, Any]:
        map_ = self.map_

        key = self.key

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "map": map_,
                "key": key,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        map_ = d.pop("map")

        key = d.pop("key")

        token = d.pop("token", UNSET)

        map_remove_params = cls(
            map_=map_,
            key=key,
            token=token,
        )

        return map_remove_params

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
