"""ShowQuotasResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.quotas_resp_quotas import QuotasRespQuotas


@_attrs_define(repr=False)
class ShowQuotasResponse(ModelWithExtras):
    """SDK model ShowQuotasResponse (huaweicloudsdkrocketmq 3.1.219)."""

    quotas: QuotasRespQuotas | None = None
    """ SDK model QuotasRespQuotas (huaweicloudsdkrocketmq 3.1.219). """
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
        from ..models.quotas_resp_quotas import QuotasRespQuotas  # noqa: PLC0415

        d = dict(src_dict)
        _quotas = d.pop("quotas", None)
        quotas: QuotasRespQuotas | None = None if _quotas is None else QuotasRespQuotas.from_dict(_quotas)
        model = cls(
            quotas=quotas,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
