from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.diagnosis_node_report_entity import DiagnosisNodeReportEntity
    from ..models.subscription_entity import SubscriptionEntity


T = TypeVar("T", bound="ShowDiagnosisReportResponse")


@_attrs_define
class ShowDiagnosisReportResponse:
    """SDK model ShowDiagnosisReportResponse (huaweicloudsdkrocketmq 3.1.219)."""

    report_id: str | Unset = UNSET
    """ Report ID. """
    group_name: str | Unset = UNSET
    """ Consumer group diagnosed. """
    consumer_nums: int | Unset = UNSET
    """ Number of consumers. """
    status: str | Unset = UNSET
    """ Report status: diagnosing, failed, deleted (by hand), finished, normal (no problem found) or abnormal
    (problems found). """
    created_at: int | Unset = UNSET
    """ When the report was generated (Long in the doc). """
    abnormal_item_sum: int | Unset = UNSET
    """ Number of abnormal items. """
    faulted_node_sum: int | Unset = UNSET
    """ Number of abnormal nodes. """
    online: bool | Unset = UNSET
    """ Whether the group is online. """
    message_accumulation: int | Unset = UNSET
    """ Number of messages piled up. """
    subscription_consistency: bool | Unset = UNSET
    """ Whether the consumers' subscriptions agree. """
    duplicate_client_id: bool | Unset = UNSET
    """ Whether two consumers share a client ID. """
    different_consumer_type: bool | Unset = UNSET
    """ Whether the consumers use different consumption types. """
    subscriptions: list[SubscriptionEntity] | Unset = UNSET
    """ Subscriptions found. """
    diagnosis_node_report_list: list[DiagnosisNodeReportEntity] | Unset = UNSET
    """ Findings per node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        group_name = self.group_name

        consumer_nums = self.consumer_nums

        status = self.status

        created_at = self.created_at

        abnormal_item_sum = self.abnormal_item_sum

        faulted_node_sum = self.faulted_node_sum

        online = self.online

        message_accumulation = self.message_accumulation

        subscription_consistency = self.subscription_consistency

        duplicate_client_id = self.duplicate_client_id

        different_consumer_type = self.different_consumer_type

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        diagnosis_node_report_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.diagnosis_node_report_list, Unset):
            diagnosis_node_report_list = []
            for diagnosis_node_report_list_item_data in self.diagnosis_node_report_list:
                diagnosis_node_report_list_item = diagnosis_node_report_list_item_data.to_dict()
                diagnosis_node_report_list.append(diagnosis_node_report_list_item)

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
        if online is not UNSET:
            field_dict["online"] = online
        if message_accumulation is not UNSET:
            field_dict["message_accumulation"] = message_accumulation
        if subscription_consistency is not UNSET:
            field_dict["subscription_consistency"] = subscription_consistency
        if duplicate_client_id is not UNSET:
            field_dict["duplicate_client_id"] = duplicate_client_id
        if different_consumer_type is not UNSET:
            field_dict["different_consumer_type"] = different_consumer_type
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
        if diagnosis_node_report_list is not UNSET:
            field_dict["diagnosis_node_report_list"] = diagnosis_node_report_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnosis_node_report_entity import DiagnosisNodeReportEntity  # noqa: PLC0415
        from ..models.subscription_entity import SubscriptionEntity  # noqa: PLC0415

        d = dict(src_dict)
        report_id = d.pop("report_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        consumer_nums = d.pop("consumer_nums", UNSET)

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        abnormal_item_sum = d.pop("abnormal_item_sum", UNSET)

        faulted_node_sum = d.pop("faulted_node_sum", UNSET)

        online = d.pop("online", UNSET)

        message_accumulation = d.pop("message_accumulation", UNSET)

        subscription_consistency = d.pop("subscription_consistency", UNSET)

        duplicate_client_id = d.pop("duplicate_client_id", UNSET)

        different_consumer_type = d.pop("different_consumer_type", UNSET)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[SubscriptionEntity] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = SubscriptionEntity.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        _diagnosis_node_report_list = d.pop("diagnosis_node_report_list", UNSET)
        diagnosis_node_report_list: list[DiagnosisNodeReportEntity] | Unset = UNSET
        if _diagnosis_node_report_list is not UNSET:
            diagnosis_node_report_list = []
            for diagnosis_node_report_list_item_data in _diagnosis_node_report_list:
                diagnosis_node_report_list_item = DiagnosisNodeReportEntity.from_dict(
                    diagnosis_node_report_list_item_data
                )

                diagnosis_node_report_list.append(diagnosis_node_report_list_item)

        show_diagnosis_report_response = cls(
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

        show_diagnosis_report_response.additional_properties = d
        return show_diagnosis_report_response

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
