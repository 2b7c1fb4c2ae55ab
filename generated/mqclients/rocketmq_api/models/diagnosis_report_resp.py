from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosisReportResp")


@_attrs_define
class DiagnosisReportResp:
    """SDK model DiagnosisReportResp (huaweicloudsdkrocketmq 3.1.219)."""

    report_id: str | Unset = UNSET
    """ Report ID. """
    group_name: str | Unset = UNSET
    """ Consumer group diagnosed. """
    consumer_nums: int | Unset = UNSET
    """ Number of consumers. """
    status: str | Unset = UNSET
    """ Report status: diagnosing, failed, deleted, finished, normal or abnormal. """
    created_at: str | Unset = UNSET
    """ When the report was generated. """
    abnormal_item_sum: int | Unset = UNSET
    """ Number of abnormal items. """
    faulted_node_sum: int | Unset = UNSET
    """ Number of abnormal nodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        group_name = self.group_name

        consumer_nums = self.consumer_nums

        status = self.status

        created_at = self.created_at

        abnormal_item_sum = self.abnormal_item_sum

        faulted_node_sum = self.faulted_node_sum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if consumer_nums is not UNSET:
            field_dict["consumer_nums"] = consumer_nums
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if abnormal_item_sum is not UNSET:
            field_dict["abnormal_item_sum"] = abnormal_item_sum
        if faulted_node_sum is not UNSET:
            field_dict["faulted_node_sum"] = faulted_node_sum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report_id = d.pop("report_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        consumer_nums = d.pop("consumer_nums", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        abnormal_item_sum = d.pop("abnormal_item_sum", UNSET)

        faulted_node_sum = d.pop("faulted_node_sum", UNSET)

        diagnosis_report_resp = cls(
            report_id=report_id,
            group_name=group_name,
            consumer_nums=consumer_nums,
            status=status,
            created_at=created_at,
            abnormal_item_sum=abnormal_item_sum,
            faulted_node_sum=faulted_node_sum,
        )

        diagnosis_report_resp.additional_properties = d
        return diagnosis_report_resp

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
