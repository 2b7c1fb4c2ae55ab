"""ListDiagnosisReportsResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.diagnosis_report_resp import DiagnosisReportResp


@_attrs_define(repr=False)
class ListDiagnosisReportsResponse(ModelWithExtras):
    """SDK model ListDiagnosisReportsResponse (huaweicloudsdkrocketmq 3.1.219)."""

    diagnosis_report_list: list[DiagnosisReportResp] | None = None
    """ The reports of this page. """
    total_num: int | None = None
    """ Number of reports (Long in the doc). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.diagnosis_report_list is not None:
            field_dict["diagnosis_report_list"] = [item0.to_dict() for item0 in self.diagnosis_report_list]
        if self.total_num is not None:
            field_dict["total_num"] = self.total_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.diagnosis_report_resp import DiagnosisReportResp  # noqa: PLC0415

        d = dict(src_dict)
        _diagnosis_report_list = d.pop("diagnosis_report_list", None)
        diagnosis_report_list: list[DiagnosisReportResp] | None = (
            None
            if _diagnosis_report_list is None
            else [DiagnosisReportResp.from_dict(item0) for item0 in _diagnosis_report_list]
        )
        total_num = d.pop("total_num", None)
        model = cls(
            diagnosis_report_list=diagnosis_report_list,
            total_num=total_num,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
