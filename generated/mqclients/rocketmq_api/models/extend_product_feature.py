"""ExtendProductFeature: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.extend_product_feature_properties import ExtendProductFeatureProperties


@_attrs_define(repr=False)
class ExtendProductFeature(ModelWithExtras):
    """A feature a specification supports (doc RocketMQProductSupportFeaturesEntity, §5.10.1 table 5-181)."""

    name: str | None = None
    """ Feature name. """
    properties: ExtendProductFeatureProperties | None = None
    """ The feature's properties as key/value strings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.properties is not None:
            field_dict["properties"] = self.properties.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.extend_product_feature_properties import ExtendProductFeatureProperties  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        _properties = d.pop("properties", None)
        properties: ExtendProductFeatureProperties | None = (
            None if _properties is None else ExtendProductFeatureProperties.from_dict(_properties)
        )
        model = cls(
            name=name,
            properties=properties,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
