from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rocket_mq_extend_product_info_entity import RocketMQExtendProductInfoEntity


T = TypeVar("T", bound="ShowEngineInstanceExtendProductInfoForRocketMqResponse")


@_attrs_define
class ShowEngineInstanceExtendProductInfoForRocketMqResponse:
    """SDK model ShowEngineInstanceExtendProductInfoForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    total: float | Unset = UNSET
    """ Total. """
    next_offset: int | Unset = UNSET
    """ Next offset. """
    previous_offset: int | Unset = UNSET
    """ Previous offset. """
    engine: str | Unset = UNSET
    """ Message engine type. """
    versions: list[str] | Unset = UNSET
    """ Engine versions supported. """
    products: list[RocketMQExtendProductInfoEntity] | Unset = UNSET
    """ The specifications. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        next_offset = self.next_offset

        previous_offset = self.previous_offset

        engine = self.engine

        versions: list[str] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = self.versions

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if previous_offset is not UNSET:
            field_dict["previous_offset"] = previous_offset
        if engine is not UNSET:
            field_dict["engine"] = engine
        if versions is not UNSET:
            field_dict["versions"] = versions
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rocket_mq_extend_product_info_entity import RocketMQExtendProductInfoEntity  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        next_offset = d.pop("next_offset", UNSET)

        previous_offset = d.pop("previous_offset", UNSET)

        engine = d.pop("engine", UNSET)

        versions = cast(list[str], d.pop("versions", UNSET))

        _products = d.pop("products", UNSET)
        products: list[RocketMQExtendProductInfoEntity] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = RocketMQExtendProductInfoEntity.from_dict(products_item_data)

                products.append(products_item)

        show_engine_instance_extend_product_info_for_rocket_mq_response = cls(
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            engine=engine,
            versions=versions,
            products=products,
        )

        show_engine_instance_extend_product_info_for_rocket_mq_response.additional_properties = d
        return show_engine_instance_extend_product_info_for_rocket_mq_response

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
