"""ExtendProductInfo: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.extend_product_feature import ExtendProductFeature
    from ..models.extend_product_io import ExtendProductIo
    from ..models.extend_product_properties import ExtendProductProperties


@_attrs_define(repr=False)
class ExtendProductInfo(ModelWithExtras):
    """A specification an instance can change to (doc RocketMQExtendProductInfoEntity, §5.10.1 table 5-178)."""

    type_: str | None = None
    """ Instance type, e.g. `cluster` or `cluster.small`. """
    product_id: str | None = None
    """ Product id. """
    ecs_flavor_id: str | None = None
    """ ECS flavor the product runs on. """
    billing_code: str | None = None
    """ Billing code. """
    arch_types: list[str] | None = None
    """ Supported CPU architectures, e.g. `X86`. """
    charging_mode: list[str] | None = None
    """ Supported billing modes, e.g. `monthly`, `hourly`. """
    ios: list[ExtendProductIo] | None = None
    """ Storage I/O options. """
    properties: ExtendProductProperties | None = None
    """ Limits of a specification, each as a string (doc RocketMQExtendProductPropertiesEntity, §5.10.1 table
    5-180). """
    available_zones: list[str] | None = None
    """ Availability zones with resources. """
    unavailable_zones: list[str] | None = None
    """ Availability zones that are sold out. """
    support_features: list[ExtendProductFeature] | None = None
    """ Supported features. """
    qingtian_incompatible: bool | None = None
    """ Whether this is a Qingtian instance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.product_id is not None:
            field_dict["product_id"] = self.product_id
        if self.ecs_flavor_id is not None:
            field_dict["ecs_flavor_id"] = self.ecs_flavor_id
        if self.billing_code is not None:
            field_dict["billing_code"] = self.billing_code
        if self.arch_types is not None:
            field_dict["arch_types"] = self.arch_types
        if self.charging_mode is not None:
            field_dict["charging_mode"] = self.charging_mode
        if self.ios is not None:
            field_dict["ios"] = [item0.to_dict() for item0 in self.ios]
        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        if self.available_zones is not None:
            field_dict["available_zones"] = self.available_zones
        if self.unavailable_zones is not None:
            field_dict["unavailable_zones"] = self.unavailable_zones
        if self.support_features is not None:
            field_dict["support_features"] = [item0.to_dict() for item0 in self.support_features]
        if self.qingtian_incompatible is not None:
            field_dict["qingtian_incompatible"] = self.qingtian_incompatible
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.extend_product_feature import ExtendProductFeature  # noqa: PLC0415
        from ..models.extend_product_io import ExtendProductIo  # noqa: PLC0415
        from ..models.extend_product_properties import ExtendProductProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", None)
        product_id = d.pop("product_id", None)
        ecs_flavor_id = d.pop("ecs_flavor_id", None)
        billing_code = d.pop("billing_code", None)
        arch_types = d.pop("arch_types", None)
        charging_mode = d.pop("charging_mode", None)
        _ios = d.pop("ios", None)
        ios: list[ExtendProductIo] | None = (
            None if _ios is None else [ExtendProductIo.from_dict(item0) for item0 in _ios]
        )
        _properties = d.pop("properties", None)
        properties: ExtendProductProperties | None = (
            None if _properties is None else ExtendProductProperties.from_dict(_properties)
        )
        available_zones = d.pop("available_zones", None)
        unavailable_zones = d.pop("unavailable_zones", None)
        _support_features = d.pop("support_features", None)
        support_features: list[ExtendProductFeature] | None = (
            None
            if _support_features is None
            else [ExtendProductFeature.from_dict(item0) for item0 in _support_features]
        )
        qingtian_incompatible = d.pop("qingtian_incompatible", None)
        model = cls(
            type_=type_,
            product_id=product_id,
            ecs_flavor_id=ecs_flavor_id,
            billing_code=billing_code,
            arch_types=arch_types,
            charging_mode=charging_mode,
            ios=ios,
            properties=properties,
            available_zones=available_zones,
            unavailable_zones=unavailable_zones,
            support_features=support_features,
            qingtian_incompatible=qingtian_incompatible,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
