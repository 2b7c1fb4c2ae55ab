"""V1QuotaReport: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_quota_set import V1QuotaSet


@_attrs_define(repr=False)
class V1QuotaReport(ModelWithExtras):
    """The project's quotas (002 table 8-16)."""

    quotas: V1QuotaSet | None = None
    """ The quota entries (doc table quotas, 002 table 8-17). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.quotas is not None:
            field_dict["quotas"] = self.quotas.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_quota_set import V1QuotaSet  # noqa: PLC0415

        d = dict(src_dict)
        _quotas = d.pop("quotas", None)
        quotas: V1QuotaSet | None = None if _quotas is None else V1QuotaSet.from_dict(_quotas)
        model = cls(
            quotas=quotas,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
