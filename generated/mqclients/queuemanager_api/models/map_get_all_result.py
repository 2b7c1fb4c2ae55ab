from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_get_all_result_map import MapGetAllResultMap


T = TypeVar("T", bound="MapGetAllResult")


@_attrs_define
class MapGetAllResult:
    """What `qm.map_get_all` answers, its `code` (0) and `map` when there is one."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | Unset = UNSET
    """ Why the call failed, in English (present when `code` is not 0). """
    map_: MapGetAllResultMap | Unset = UNSET
    """ The keys of the map (at most one page of them) with their values; absent when the map does not exist or has
    no key at `offset`. """
    next_offset: int | Unset = UNSET
    """ Present when the map holds more pairs than this answer: the `offset` to call again with (an addition to the
    document). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        map_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.map_, Unset):
            map_ = self.map_.to_dict()

        next_offset = self.next_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if map_ is not UNSET:
            field_dict["map"] = map_
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_get_all_result_map import MapGetAllResultMap  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _map_ = d.pop("map", UNSET)
        map_: MapGetAllResultMap | Unset
        if isinstance(_map_, Unset):
            map_ = UNSET
        else:
            map_ = MapGetAllResultMap.from_dict(_map_)

        next_offset = d.pop("next_offset", UNSET)

        map_get_all_result = cls(
            code=code,
            message=message,
            map_=map_,
            next_offset=next_offset,
        )

        map_get_all_result.additional_properties = d
        return map_get_all_result

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
