"""DiagnosisReportResp: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class DiagnosisReportResp(ModelWithExtras):
    """SDK model DiagnosisReportResp (huaweicloudsdkrocketmq 3.1.219)."""

    report_id: str | None = None
    """ Report ID. """
    group_name: str | None = None
    """ Consumer group diagnosed. """
    consumer_nums: int | None = None
    """ Number of consumers. """
    status: str | None = None
    """ Report status: diagnosing, failed, deleted, finished, normal or abnormal. """
    created_at: str | None = None
    """ When the report was generated. """
    abnormal_item_sum: int | None = None
    """ Number of abnormal items. """
    faulted_node_sum: int | None = None
    """ Number of abnormal nodes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.report_id is not None:
            field_dict["report_id"] = self.report_id
        if self.group_name is not None:
            field_dict["group_name"] = self.group_name
        if self.consumer_nums is not None:
            field_dict["consumer_nums"] = self.consumer_nums
        if self.status is not None:
            field_dict["status"] = self.status
        if self.created_at is not None:
            field_dict["created_at"] = self.created_at
        if self.abnormal_item_sum is not None:
            field_dict["abnormal_item_sum"] = self.abnormal_item_sum
        if self.faulted_node_sum is not None:
            field_dict["faulted_node_sum"] = self.faulted_node_sum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        report_id = d.pop("report_id", None)
        group_name = d.pop("group_name", None)
        consumer_nums = d.pop("consumer_nums", None)
        status = d.pop("status", None)
        created_at = d.pop("created_at", None)
        abnormal_item_sum = d.pop("abnormal_item_sum", None)
        faulted_node_sum = d.pop("faulted_node_sum", None)
        model = cls(
            report_id=report_id,
            group_name=group_name,
            consumer_nums=consumer_nums,
            status=status,
            created_at=created_at,
            abnormal_item_sum=abnormal_item_sum,
            faulted_node_sum=faulted_node_sum,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
