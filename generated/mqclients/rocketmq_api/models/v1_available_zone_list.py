"""V1AvailableZoneList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_available_zone import V1AvailableZone


@_attrs_define(repr=False)
class V1AvailableZoneList(ModelWithExtras):
    """The availability zones of the region (002 table 8-13)."""

    region_id: str | None = None
    """ Region id. """
    available_zones: list[V1AvailableZone] | None = None
    """ The availability zones. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.region_id is not None:
            field_dict["region_id"] = self.region_id
        if self.available_zones is not None:
            field_dict["available_zones"] = [item0.to_dict() for item0 in self.available_zones]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_available_zone import V1AvailableZone  # noqa: PLC0415

        d = dict(src_dict)
        region_id = d.pop("region_id", None)
        _available_zones = d.pop("available_zones", None)
        available_zones: list[V1AvailableZone] | None = (
            None if _available_zones is None else [V1AvailableZone.from_dict(item0) for item0 in _available_zones]
        )
        model = cls(
            region_id=region_id,
            available_zones=available_zones,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
