"""MapGetAllResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.map_get_all_result_map import MapGetAllResultMap


@_attrs_define(repr=False)
class MapGetAllResult(ModelWithExtras):
    """What `qm.map_get_all` answers, its `code` (0) and `map` when there is one."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | None = None
    """ Why the call failed, in English (present when `code` is not 0). """
    map_: MapGetAllResultMap | None = None
    """ The keys of the map (at most one page of them) with their values; absent when the map does not exist or has
    no key at `offset`. """
    next_offset: int | None = None
    """ Present when the map holds more pairs than this answer: the `offset` to call again with (an addition to the
    document). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        if self.map_ is not None:
            field_dict["map"] = self.map_.to_dict()
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.map_get_all_result_map import MapGetAllResultMap  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message", None)
        _map_ = d.pop("map", None)
        map_: MapGetAllResultMap | None = None if _map_ is None else MapGetAllResultMap.from_dict(_map_)
        next_offset = d.pop("next_offset", None)
        model = cls(
            code=code,
            message=message,
            map_=map_,
            next_offset=next_offset,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
