from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rocket_mq_extend_product_ios_entity import RocketMQExtendProductIosEntity
    from ..models.rocket_mq_extend_product_properties_entity import RocketMQExtendProductPropertiesEntity
    from ..models.rocket_mq_product_support_features_entity import RocketMQProductSupportFeaturesEntity


T = TypeVar("T", bound="RocketMQExtendProductInfoEntity")


@_attrs_define
class RocketMQExtendProductInfoEntity:
    """SDK model RocketMQExtendProductInfoEntity (huaweicloudsdkrocketmq 3.1.219)."""

    type_: str | Unset = UNSET
    """ Instance type, e.g. `cluster` or `cluster.small`. """
    product_id: str | Unset = UNSET
    """ Product id. """
    ecs_flavor_id: str | Unset = UNSET
    """ ECS flavor the product runs on. """
    billing_code: str | Unset = UNSET
    """ Billing code. """
    arch_types: list[str] | Unset = UNSET
    """ Supported CPU architectures, e.g. `X86`. """
    charging_mode: list[str] | Unset = UNSET
    """ Supported billing modes, e.g. `monthly`, `hourly`. """
    ios: list[RocketMQExtendProductIosEntity] | Unset = UNSET
    """ Storage I/O options. """
    properties: RocketMQExtendProductPropertiesEntity | Unset = UNSET
    """ SDK model RocketMQExtendProductPropertiesEntity (huaweicloudsdkrocketmq 3.1.219). """
    available_zones: list[str] | Unset = UNSET
    """ Availability zones with resources. """
    unavailable_zones: list[str] | Unset = UNSET
    """ Availability zones that are sold out. """
    support_features: list[RocketMQProductSupportFeaturesEntity] | Unset = UNSET
    """ Supported features. """
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

        charging_mode: list[str] | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode

        ios: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ios, Unset):
            ios = []
            for ios_item_data in self.ios:
                ios_item = ios_item_data.to_dict()
                ios.append(ios_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        available_zones: list[str] | Unset = UNSET
        if not isinstance(self.available_zones, Unset):
            available_zones = self.available_zones

        unavailable_zones: list[str] | Unset = UNSET
        if not isinstance(self.unavailable_zones, Unset):
            unavailable_zones = self.unavailable_zones

        support_features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.support_features, Unset):
            support_features = []
            for support_features_item_data in self.support_features:
                support_features_item = support_features_item_data.to_dict()
                support_features.append(support_features_item)

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
        if properties is not UNSET:
            field_dict["properties"] = properties
        if available_zones is not UNSET:
            field_dict["available_zones"] = available_zones
        if unavailable_zones is not UNSET:
            field_dict["unavailable_zones"] = unavailable_zones
        if support_features is not UNSET:
            field_dict["support_features"] = support_features
        if qingtian_incompatible is not UNSET:
            field_dict["qingtian_incompatible"] = qingtian_incompatible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rocket_mq_extend_product_ios_entity import RocketMQExtendProductIosEntity  # noqa: PLC0415
        from ..models.rocket_mq_extend_product_properties_entity import RocketMQExtendProductPropertiesEntity  # noqa: PLC0415
        from ..models.rocket_mq_product_support_features_entity import RocketMQProductSupportFeaturesEntity  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        product_id = d.pop("product_id", UNSET)

        ecs_flavor_id = d.pop("ecs_flavor_id", UNSET)

        billing_code = d.pop("billing_code", UNSET)

        arch_types = cast(list[str], d.pop("arch_types", UNSET))

        charging_mode = cast(list[str], d.pop("charging_mode", UNSET))

        _ios = d.pop("ios", UNSET)
        ios: list[RocketMQExtendProductIosEntity] | Unset = UNSET
        if _ios is not UNSET:
            ios = []
            for ios_item_data in _ios:
                ios_item = RocketMQExtendProductIosEntity.from_dict(ios_item_data)

                ios.append(ios_item)

        _properties = d.pop("properties", UNSET)
        properties: RocketMQExtendProductPropertiesEntity | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = RocketMQExtendProductPropertiesEntity.from_dict(_properties)

        available_zones = cast(list[str], d.pop("available_zones", UNSET))

        unavailable_zones = cast(list[str], d.pop("unavailable_zones", UNSET))

        _support_features = d.pop("support_features", UNSET)
        support_features: list[RocketMQProductSupportFeaturesEntity] | Unset = UNSET
        if _support_features is not UNSET:
            support_features = []
            for support_features_item_data in _support_features:
                support_features_item = RocketMQProductSupportFeaturesEntity.from_dict(support_features_item_data)

                support_features.append(support_features_item)

        qingtian_incompatible = d.pop("qingtian_incompatible", UNSET)

        rocket_mq_extend_product_info_entity = cls(
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

        rocket_mq_extend_product_info_entity.additional_properties = d
        return rocket_mq_extend_product_info_entity

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
