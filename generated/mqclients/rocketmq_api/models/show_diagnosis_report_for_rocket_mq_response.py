"""ShowDiagnosisReportForRocketMqResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.diagnosis_node_report_entity import DiagnosisNodeReportEntity
    from ..models.subscription_entity import SubscriptionEntity


@_attrs_define(repr=False)
class ShowDiagnosisReportForRocketMqResponse(ModelWithExtras):
    """SDK model ShowDiagnosisReportForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    report_id: str | None = None
    """ Report ID. """
    group_name: str | None = None
    """ Consumer group diagnosed. """
    consumer_nums: int | None = None
    """ Number of consumers. """
    status: str | None = None
    """ Report status: diagnosing, failed, deleted (by hand), finished, normal (no problem found) or abnormal
    (problems found). """
    created_at: int | None = None
    """ When the report was generated (Long in the doc). """
    abnormal_item_sum: int | None = None
    """ Number of abnormal items. """
    faulted_node_sum: int | None = None
    """ Number of abnormal nodes. """
    online: bool | None = None
    """ Whether the group is online. """
    message_accumulation: int | None = None
    """ Number of messages piled up. """
    subscription_consistency: bool | None = None
    """ Whether the consumers' subscriptions agree. """
    duplicate_client_id: bool | None = None
    """ Whether two consumers share a client ID. """
    different_consumer_type: bool | None = None
    """ Whether the consumers use different consumption types. """
    subscriptions: list[SubscriptionEntity] | None = None
    """ Subscriptions found. """
    diagnosis_node_report_list: list[DiagnosisNodeReportEntity] | None = None
    """ Findings per node. """
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
        if self.online is not None:
            field_dict["online"] = self.online
        if self.message_accumulation is not None:
            field_dict["message_accumulation"] = self.message_accumulation
        if self.subscription_consistency is not None:
            field_dict["subscription_consistency"] = self.subscription_consistency
        if self.duplicate_client_id is not None:
            field_dict["duplicate_client_id"] = self.duplicate_client_id
        if self.different_consumer_type is not None:
            field_dict["different_consumer_type"] = self.different_consumer_type
        if self.subscriptions is not None:
            field_dict["subscriptions"] = [item0.to_dict() for item0 in self.subscriptions]
        if self.diagnosis_node_report_list is not None:
            field_dict["diagnosis_node_report_list"] = [item0.to_dict() for item0 in self.diagnosis_node_report_list]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.diagnosis_node_report_entity import DiagnosisNodeReportEntity  # noqa: PLC0415
        from ..models.subscription_entity import SubscriptionEntity  # noqa: PLC0415

        d = dict(src_dict)
        report_id = d.pop("report_id", None)
        group_name = d.pop("group_name", None)
        consumer_nums = d.pop("consumer_nums", None)
        status = d.pop("status", None)
        created_at = d.pop("created_at", None)
        abnormal_item_sum = d.pop("abnormal_item_sum", None)
        faulted_node_sum = d.pop("faulted_node_sum", None)
        online = d.pop("online", None)
        message_accumulation = d.pop("message_accumulation", None)
        subscription_consistency = d.pop("subscription_consistency", None)
        duplicate_client_id = d.pop("duplicate_client_id", None)
        different_consumer_type = d.pop("different_consumer_type", None)
        _subscriptions = d.pop("subscriptions", None)
        subscriptions: list[SubscriptionEntity] | None = (
            None if _subscriptions is None else [SubscriptionEntity.from_dict(item0) for item0 in _subscriptions]
        )
        _diagnosis_node_report_list = d.pop("diagnosis_node_report_list", None)
        diagnosis_node_report_list: list[DiagnosisNodeReportEntity] | None = (
            None
            if _diagnosis_node_report_list is None
            else [DiagnosisNodeReportEntity.from_dict(item0) for item0 in _diagnosis_node_report_list]
        )
        model = cls(
            report_id=report_id,
            group_name=group_name,
            consumer_nums=consumer_nums,
            status=status,
            created_at=created_at,
            abnormal_item_sum=abnormal_item_sum,
            faulted_node_sum=faulted_node_sum,
            online=online,
            message_accumulation=message_accumulation,
            subscription_consistency=subscription_consistency,
            duplicate_client_id=duplicate_client_id,
            different_consumer_type=different_consumer_type,
            subscriptions=subscriptions,
            diagnosis_node_report_list=diagnosis_node_report_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
