from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosisNodeReportEntity")


@_attrs_define
class DiagnosisNodeReportEntity:
    """SDK model DiagnosisNodeReportEntity (huaweicloudsdkrocketmq 3.1.219)."""

    node_id: str | Unset = UNSET
    """ Node id. """
    is_faulted: bool | Unset = UNSET
    """ Is faulted. """
    abnormal_item_sum: int | Unset = UNSET
    """ Abnormal item sum. """
    message_accumulation: int | Unset = UNSET
    """ Message accumulation. """
    dead_lock: bool | Unset = UNSET
    """ Dead lock. """
    deadlock_thread: str | Unset = UNSET
    """ Deadlock thread. """
    stack_id: str | Unset = UNSET
    """ Stack id. """
    is_pop: bool | Unset = UNSET
    """ Is pop. """
    consume_type: str | Unset = UNSET
    """ Consume type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        is_faulted = self.is_faulted

        abnormal_item_sum = self.abnormal_item_sum

        message_accumulation = self.message_accumulation

        dead_lock = self.dead_lock

        deadlock_thread = self.deadlock_thread

        stack_id = self.stack_id

        is_pop = self.is_pop

        consume_type = self.consume_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if is_faulted is not UNSET:
            field_dict["is_faulted"] = is_faulted
        if abnormal_item_sum is not UNSET:
            field_dict["abnormal_item_sum"] = abnormal_item_sum
        if message_accumulation is not UNSET:
            field_dict["message_accumulation"] = message_accumulation
        if dead_lock is not UNSET:
            field_dict["dead_lock"] = dead_lock
        if deadlock_thread is not UNSET:
            field_dict["deadlock_thread"] = deadlock_thread
        if stack_id is not UNSET:
            field_dict["stack_id"] = stack_id
        if is_pop is not UNSET:
            field_dict["is_pop"] = is_pop
        if consume_type is not UNSET:
            field_dict["consume_type"] = consume_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        is_faulted = d.pop("is_faulted", UNSET)

        abnormal_item_sum = d.pop("abnormal_item_sum", UNSET)

        message_accumulation = d.pop("message_accumulation", UNSET)

        dead_lock = d.pop("dead_lock", UNSET)

        deadlock_thread = d.pop("deadlock_thread", UNSET)

        stack_id = d.pop("stack_id", UNSET)

        is_pop = d.pop("is_pop", UNSET)

        consume_type = d.pop("consume_type", UNSET)

        diagnosis_node_report_entity = cls(
            node_id=node_id,
            is_faulted=is_faulted,
            abnormal_item_sum=abnormal_item_sum,
            message_accumulation=message_accumulation,
            dead_lock=dead_lock,
            deadlock_thread=deadlock_thread,
            stack_id=stack_id,
            is_pop=is_pop,
            consume_type=consume_type,
        )

        diagnosis_node_report_entity.additional_properties = d
        return diagnosis_node_report_entity

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
