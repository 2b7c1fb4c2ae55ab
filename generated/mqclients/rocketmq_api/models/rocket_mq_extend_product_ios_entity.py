"""RocketMQExtendProductIosEntity: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class RocketMQExtendProductIosEntity(ModelWithExtras):
    """SDK model RocketMQExtendProductIosEntity (huaweicloudsdkrocketmq 3.1.219)."""

    io_spec: str | None = None
    """ Storage I/O specification, e.g. `dms.physical.storage.ultra.v2`. """
    available_zones: list[str] | None = None
    """ Availability zones with resources. """
    type_: str | None = None
    """ I/O type, e.g. `evs`. """
    unavailable_zones: list[str] | None = None
    """ Availability zones that are sold out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.io_spec is not None:
            field_dict["io_spec"] = self.io_spec
        if self.available_zones is not None:
            field_dict["available_zones"] = self.available_zones
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.unavailable_zones is not None:
            field_dict["unavailable_zones"] = self.unavailable_zones
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        io_spec = d.pop("io_spec", None)
        available_zones = d.pop("available_zones", None)
        type_ = d.pop("type", None)
        unavailable_zones = d.pop("unavailable_zones", None)
        model = cls(
            io_spec=io_spec,
            available_zones=available_zones,
            type_=type_,
            unavailable_zones=unavailable_zones,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
