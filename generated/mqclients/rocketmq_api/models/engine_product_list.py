"""EngineProductList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.engine_product import EngineProduct


@_attrs_define(repr=False)
class EngineProductList(ModelWithExtras):
    """The engine's versions and product specifications (§5.9.2 table 5-172)."""

    engine: str | None = None
    """ Engine type. """
    versions: list[str] | None = None
    """ Supported versions. """
    products: list[EngineProduct] | None = None
    """ The product specifications. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
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
        from ..models.engine_product import EngineProduct  # noqa: PLC0415

        d = dict(src_dict)
        engine = d.pop("engine", None)
        versions = d.pop("versions", None)
        _products = d.pop("products", None)
        products: list[EngineProduct] | None = (
            None if _products is None else [EngineProduct.from_dict(item0) for item0 in _products]
        )
        model = cls(
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
