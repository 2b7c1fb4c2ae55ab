from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diagnosis_report_resp import DiagnosisReportResp


T = TypeVar("T", bound="ListDiagnosisReportsResponse")


@_attrs_define
class ListDiagnosisReportsResponse:
    """SDK model ListDiagnosisReportsResponse (huaweicloudsdkrocketmq 3.1.219)."""

    diagnosis_report_list: list[DiagnosisReportResp] | Unset = UNSET
    """ The reports of this page. """
    total_num: int | Unset = UNSET
    """ Number of reports (Long in the doc). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diagnosis_report_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.diagnosis_report_list, Unset):
            diagnosis_report_list = []
            for diagnosis_report_list_item_data in self.diagnosis_report_list:
                diagnosis_report_list_item = diagnosis_report_list_item_data.to_dict()
                diagnosis_report_list.append(diagnosis_report_list_item)

        total_num = self.total_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if diagnosis_report_list is not UNSET:
            field_dict["diagnosis_report_list"] = diagnosis_report_list
        if total_num is not UNSET:
            field_dict["total_num"] = total_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnosis_report_resp import DiagnosisReportResp  # noqa: PLC0415

        d = dict(src_dict)
        _diagnosis_report_list = d.pop("diagnosis_report_list", UNSET)
        diagnosis_report_list: list[DiagnosisReportResp] | Unset = UNSET
        if _diagnosis_report_list is not UNSET:
            diagnosis_report_list = []
            for diagnosis_report_list_item_data in _diagnosis_report_list:
                diagnosis_report_list_item = DiagnosisReportResp.from_dict(diagnosis_report_list_item_data)

                diagnosis_report_list.append(diagnosis_report_list_item)

        total_num = d.pop("total_num", UNSET)

        list_diagnosis_reports_response = cls(
            diagnosis_report_list=diagnosis_report_list,
            total_num=total_num,
        )

        list_diagnosis_reports_response.additional_properties = d
        return list_diagnosis_reports_response

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
