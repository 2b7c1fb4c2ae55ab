"""V1QuotaSet: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_quota_resource import V1QuotaResource


@_attrs_define(repr=False)
class V1QuotaSet(ModelWithExtras):
    """The quota entries (doc table quotas, 002 table 8-17)."""

    resources: list[V1QuotaResource] | None = None
    """ One entry per resource type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resources is not None:
            field_dict["resources"] = [item0.to_dict() for item0 in self.resources]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_quota_resource import V1QuotaResource  # noqa: PLC0415

        d = dict(src_dict)
        _resources = d.pop("resources", None)
        resources: list[V1QuotaResource] | None = (
            None if _resources is None else [V1QuotaResource.from_dict(item0) for item0 in _resources]
        )
        model = cls(
            resources=resources,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
