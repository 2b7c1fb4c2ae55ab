"""MapGetListParams: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model


@_attrs_define(repr=False)
class MapGetListParams(Model):
    """The arguments of `qm.map_get_list`."""

    map_: str
    """ Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    token: str | None = None
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    offset: int | None = None
    """ How many keys to skip, in key order. When omitted the server applies 0. """
    size: int | None = None
    """ How many pairs to answer at most, 1 to 1,000. When omitted the server applies 100. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict["map"] = self.map_
        if self.token is not None:
            field_dict["token"] = self.token
        if self.offset is not None:
            field_dict["offset"] = self.offset
        if self.size is not None:
            field_dict["size"] = self.size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        map_ = d.pop("map")
        token = d.pop("token", None)
        offset = d.pop("offset", None)
        size = d.pop("size", None)
        model = cls(
            map_=map_,
            token=token,
            offset=offset,
            size=size,
        )
        return model
