from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableZone")


@_attrs_define
class AvailableZone:
    """An availability zone (doc available_zones, §5.9.1 table 5-169)."""

    sold_out: bool | Unset = UNSET
    """ Whether the zone is sold out. """
    id: str | Unset = UNSET
    """ Availability zone id (what create_instance takes). """
    code: str | Unset = UNSET
    """ Availability zone code. """
    name: str | Unset = UNSET
    """ Availability zone name. """
    port: str | Unset = UNSET
    """ Availability zone port. """
    resource_availability: str | Unset = UNSET
    """ Whether the zone still has resources ("true" or "false"). """
    default_az: bool | Unset = UNSET
    """ Whether this is the default zone. """
    remain_time: int | Unset = UNSET
    """ Remaining time. """
    ipv6_enable: bool | Unset = UNSET
    """ Whether the zone supports IPv6. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sold_out = self.sold_out

        id = self.id

        code = self.code

        name = self.name

        port = self.port

        resource_availability = self.resource_availability

        default_az = self.default_az

        remain_time = self.remain_time

        ipv6_enable = self.ipv6_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sold_out is not UNSET:
            field_dict["soldOut"] = sold_out
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if port is not UNSET:
            field_dict["port"] = port
        if resource_availability is not UNSET:
            field_dict["resource_availability"] = resource_availability
        if default_az is not UNSET:
            field_dict["default_az"] = default_az
        if remain_time is not UNSET:
            field_dict["remain_time"] = remain_time
        if ipv6_enable is not UNSET:
            field_dict["ipv6_enable"] = ipv6_enable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sold_out = d.pop("soldOut", UNSET)

        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        port = d.pop("port", UNSET)

        resource_availability = d.pop("resource_availability", UNSET)

        default_az = d.pop("default_az", UNSET)

        remain_time = d.pop("remain_time", UNSET)

        ipv6_enable = d.pop("ipv6_enable", UNSET)

        available_zone = cls(
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

        available_zone.additional_properties = d
        return available_zone

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
