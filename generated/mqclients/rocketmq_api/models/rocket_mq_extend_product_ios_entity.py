from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RocketMQExtendProductIosEntity")


@_attrs_define
class RocketMQExtendProductIosEntity:
    """SDK model RocketMQExtendProductIosEntity (huaweicloudsdkrocketmq 3.1.219)."""

    io_spec: str | Unset = UNSET
    """ Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`. """
    available_zones: list[str] | Unset = UNSET
    """ Availability zones with resources. """
    type_: str | Unset = UNSET
    """ I/O type, e.g. `evs`. """
    unavailable_zones: list[str] | Unset = UNSET
    """ Availability zones that are sold out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        io_spec = self.io_spec

        available_zones: list[str] | Unset = UNSET
        if not isinstance(self.available_zones, Unset):
            available_zones = self.available_zones

        type_ = self.type_

        unavailable_zones: list[str] | Unset = UNSET
        if not isinstance(self.unavailable_zones, Unset):
            unavailable_zones = self.unavailable_zones

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if io_spec is not UNSET:
            field_dict["io_spec"] = io_spec
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unavailable_zones is not UNSET:
            field_dict["unavailable_zones"] = unavailable_zones

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        io_spec = d.pop("io_spec", UNSET)

        available_zones = cast(list[str], d.pop("available_zones", UNSET))

        type_ = d.pop("type", UNSET)

        unavailable_zones = cast(list[str], d.pop("unavailable_zones", UNSET))

        rocket_mq_extend_product_ios_entity = cls(
            io_spec=io_spec,
            available_zones=available_zones,
            type_=type_,
            unavailable_zones=unavailable_zones,
        )

        rocket_mq_extend_product_ios_entity.additional_properties = d
        return rocket_mq_extend_product_ios_entity

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
