from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.available_zone import AvailableZone


T = TypeVar("T", bound="AvailableZoneList")


@_attrs_define
class AvailableZoneList:
    """The availability zones of the region (§5.9.1 table 5-168)."""

    region_id: str | Unset = UNSET
    """ Region id. """
    available_zones: list[AvailableZone] | Unset = UNSET
    """ The availability zones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region_id = self.region_id

        available_zones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_zones, Unset):
            available_zones = []
            for available_zones_item_data in self.available_zones:
                available_zones_item = available_zones_item_data.to_dict()
                available_zones.append(available_zones_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_id is not UNSET:
            field_dict["region_id"] = region_id
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_zone import AvailableZone  # noqa: PLC0415

        d = dict(src_dict)
        region_id = d.pop("region_id", UNSET)

        _available_zones = d.pop("available_zones", UNSET)
        available_zones: list[AvailableZone] | Unset = UNSET
        if _available_zones is not UNSET:
            available_zones = []
            for available_zones_item_data in _available_zones:
                available_zones_item = AvailableZone.from_dict(available_zones_item_data)

                available_zones.append(available_zones_item)

        available_zone_list = cls(
            region_id=region_id,
            available_zones=available_zones,
        )

        available_zone_list.additional_properties = d
        return available_zone_list

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
