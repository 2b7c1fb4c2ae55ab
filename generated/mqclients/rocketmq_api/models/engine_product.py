from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine_product_properties import EngineProductProperties


T = TypeVar("T", bound="EngineProduct")


@_attrs_define
class EngineProduct:
    """A product specification (doc ProductEntity, §5.9.2 table 5-173)."""

    type_: str | Unset = UNSET
    """ Product type, `single` or `cluster`. """
    product_id: str | Unset = UNSET
    """ Product id. """
    ecs_flavor_id: str | Unset = UNSET
    """ ECS flavor id. """
    billing_code: str | Unset = UNSET
    """ CBC specification (billing) code. """
    arch_types: list[str] | Unset = UNSET
    """ CPU architectures. """
    charging_mode: Any | Unset = UNSET
    """ Billing modes (documented as Object; a list such as `["monthly", "hourly"]` in practice). """
    ios: Any | Unset = UNSET
    """ Supported storage I/O types (documented as Object). """
    support_features: Any | Unset = UNSET
    """ Supported features (documented as Object). """
    properties: EngineProductProperties | Unset = UNSET
    """ Product properties as key/value pairs (maximum brokers, topics, storage and so on). """
    available_zones: list[str] | Unset = UNSET
    """ Availability zones with resources. """
    unavailable_zones: list[str] | Unset = UNSET
    """ Availability zones without resources. """
    qingtian_incompatible: bool | Unset = UNSET
    """ Whether this is a Qingtian instance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        product_id = self.product_id

        ecs_flavor_id = self.ecs_flavor_id

        billing_code = self.billing_code

        arch_types: list[str] | Unset = UNSET
        if not isinstance(self.arch_types, Unset):
            arch_types = self.arch_types

        charging_mode = self.charging_mode

        ios = self.ios

        support_features = self.support_features

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        available_zones: list[str] | Unset = UNSET
        if not isinstance(self.available_zones, Unset):
            available_zones = self.available_zones

        unavailable_zones: list[str] | Unset = UNSET
        if not isinstance(self.unavailable_zones, Unset):
            unavailable_zones = self.unavailable_zones

        qingtian_incompatible = self.qingtian_incompatible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if ecs_flavor_id is not UNSET:
            field_dict["ecs_flavor_id"] = ecs_flavor_id
        if billing_code is not UNSET:
            field_dict["billing_code"] = billing_code
        if arch_types is not UNSET:
            field_dict["arch_types"] = arch_types
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if ios is not UNSET:
            field_dict["ios"] = ios
        if support_features is not UNSET:
            field_dict["support_features"] = support_features
        if properties is not UNSET:
            field_dict["properties"] = properties
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones
        if unavailable_zones is not UNSET:
            field_dict["unavailable_zones"] = unavailable_zones
        if qingtian_incompatible is not UNSET:
            field_dict["qingtian_incompatible"] = qingtian_incompatible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.engine_product_properties import EngineProductProperties  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        product_id = d.pop("product_id", UNSET)

        ecs_flavor_id = d.pop("ecs_flavor_id", UNSET)

        billing_code = d.pop("billing_code", UNSET)

        arch_types = cast(list[str], d.pop("arch_types", UNSET))

        charging_mode = d.pop("charging_mode", UNSET)

        ios = d.pop("ios", UNSET)

        support_features = d.pop("support_features", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: EngineProductProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EngineProductProperties.from_dict(_properties)

        available_zones = cast(list[str], d.pop("available_zones", UNSET))

        unavailable_zones = cast(list[str], d.pop("unavailable_zones", UNSET))

        qingtian_incompatible = d.pop("qingtian_incompatible", UNSET)

        engine_product = cls(
            type_=type_,
            product_id=product_id,
            ecs_flavor_id=ecs_flavor_id,
            billing_code=billing_code,
            arch_types=arch_types,
            charging_mode=charging_mode,
            ios=ios,
            support_features=support_features,
            properties=properties,
            available_zones=available_zones,
            unavailable_zones=unavailable_zones,
            qingtian_incompatible=qingtian_incompatible,
        )

        engine_product.additional_properties = d
        return engine_product

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
