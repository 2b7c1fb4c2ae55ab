"""AvailableZone: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class AvailableZone(ModelWithExtras):
    """An availability zone (doc available_zones, §5.9.1 table 5-169)."""

    sold_out: bool | None = None
    """ Whether the zone is sold out. """
    id: str | None = None
    """ Availability zone id (what create_instance takes). """
    code: str | None = None
    """ Availability zone code. """
    name: str | None = None
    """ Availability zone name. """
    port: str | None = None
    """ Availability zone port. """
    resource_availability: str | None = None
    """ Whether the zone still has resources ("true" or "false"). """
    default_az: bool | None = None
    """ Whether this is the default zone. """
    remain_time: int | None = None
    """ Remaining time. """
    ipv6_enable: bool | None = None
    """ Whether the zone supports IPv6. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.sold_out is not None:
            field_dict["soldOut"] = self.sold_out
        if self.id is not None:
            field_dict["id"] = self.id
        if self.code is not None:
            field_dict["code"] = self.code
        if self.name is not None:
            field_dict["name"] = self.name
        if self.port is not None:
            field_dict["port"] = self.port
        if self.resource_availability is not None:
            field_dict["resource_availability"] = self.resource_availability
        if self.default_az is not None:
            field_dict["default_az"] = self.default_az
        if self.remain_time is not None:
            field_dict["remain_time"] = self.remain_time
        if self.ipv6_enable is not None:
            field_dict["ipv6_enable"] = self.ipv6_enable
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        sold_out = d.pop("soldOut", None)
        id = d.pop("id", None)
        code = d.pop("code", None)
        name = d.pop("name", None)
        port = d.pop("port", None)
        resource_availability = d.pop("resource_availability", None)
        default_az = d.pop("default_az", None)
        remain_time = d.pop("remain_time", None)
        ipv6_enable = d.pop("ipv6_enable", None)
        model = cls(
            sold_out=sold_out,
            id=id,
            code=code,
            name=name,
            port=port,
            resource_availability=resource_availability,
            default_az=default_az,
            remain_time=remain_time,
            ipv6_enable=ipv6_enable,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
