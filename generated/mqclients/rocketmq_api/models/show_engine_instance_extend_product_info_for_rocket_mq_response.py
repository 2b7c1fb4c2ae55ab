"""ShowEngineInstanceExtendProductInfoForRocketMqResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.rocket_mq_extend_product_info_entity import RocketMQExtendProductInfoEntity


@_attrs_define(repr=False)
class ShowEngineInstanceExtendProductInfoForRocketMqResponse(ModelWithExtras):
    """SDK model ShowEngineInstanceExtendProductInfoForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    total: float | None = None
    """ Total. """
    next_offset: int | None = None
    """ Next offset. """
    previous_offset: int | None = None
    """ Previous offset. """
    engine: str | None = None
    """ Message engine type. """
    versions: list[str] | None = None
    """ Engine versions supported. """
    products: list[RocketMQExtendProductInfoEntity] | None = None
    """ The specifications. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not None:
            field_dict["total"] = self.total
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        if self.previous_offset is not None:
            field_dict["previous_offset"] = self.previous_offset
        if self.engine is not None:
            field_dict["engine"] = self.engine
        if self.versions is not None:
            field_dict["versions"] = self.versions
        if self.products is not None:
            field_dict["products"] = [item0.to_dict() for item0 in self.products]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_extend_product_info_entity import RocketMQExtendProductInfoEntity  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", None)
        next_offset = d.pop("next_offset", None)
        previous_offset = d.pop("previous_offset", None)
        engine = d.pop("engine", None)
        versions = d.pop("versions", None)
        _products = d.pop("products", None)
        products: list[RocketMQExtendProductInfoEntity] | None = (
            None if _products is None else [RocketMQExtendProductInfoEntity.from_dict(item0) for item0 in _products]
        )
        model = cls(
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            engine=engine,
            versions=versions,
            products=products,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
