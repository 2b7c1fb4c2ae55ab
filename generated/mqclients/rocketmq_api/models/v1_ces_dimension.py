"""V1CesDimension: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_ces_dimension_child import V1CesDimensionChild


@_attrs_define(repr=False)
class V1CesDimension(ModelWithExtras):
    """One monitoring dimension (not tabled in 002; shape of the §8.1.2.3 example)."""

    name: str | None = None
    """ Dimension name. """
    metrics: list[str] | None = None
    """ Metric names of the dimension. """
    key_name: list[str] | None = None
    """ Keys of this answer (instance_ids, nodes, queues, groups, partitions) that the monitoring query uses. """
    dim_router: list[str] | None = None
    """ Dimension route: the dimension names from the root to this one. """
    children: list[V1CesDimensionChild] | None = None
    """ Sub-dimensions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.metrics is not None:
            field_dict["metrics"] = self.metrics
        if self.key_name is not None:
            field_dict["key_name"] = self.key_name
        if self.dim_router is not None:
            field_dict["dim_router"] = self.dim_router
        if self.children is not None:
            field_dict["children"] = [item0.to_dict() for item0 in self.children]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_ces_dimension_child import V1CesDimensionChild  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        metrics = d.pop("metrics", None)
        key_name = d.pop("key_name", None)
        dim_router = d.pop("dim_router", None)
        _children = d.pop("children", None)
        children: list[V1CesDimensionChild] | None = (
            None if _children is None else [V1CesDimensionChild.from_dict(item0) for item0 in _children]
        )
        model = cls(
            name=name,
            metrics=metrics,
            key_name=key_name,
            dim_router=dim_router,
            children=children,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
