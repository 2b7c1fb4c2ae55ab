"""DiagnosisNodeReportEntity: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class DiagnosisNodeReportEntity(ModelWithExtras):
    """SDK model DiagnosisNodeReportEntity (huaweicloudsdkrocketmq 3.1.219)."""

    node_id: str | None = None
    """ Node id. """
    is_faulted: bool | None = None
    """ Is faulted. """
    abnormal_item_sum: int | None = None
    """ Abnormal item sum. """
    message_accumulation: int | None = None
    """ Message accumulation. """
    dead_lock: bool | None = None
    """ Dead lock. """
    deadlock_thread: str | None = None
    """ Deadlock thread. """
    stack_id: str | None = None
    """ Stack id. """
    is_pop: bool | None = None
    """ Is pop. """
    consume_type: str | None = None
    """ Consume type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.node_id is not None:
            field_dict["node_id"] = self.node_id
        if self.is_faulted is not None:
            field_dict["is_faulted"] = self.is_faulted
        if self.abnormal_item_sum is not None:
            field_dict["abnormal_item_sum"] = self.abnormal_item_sum
        if self.message_accumulation is not None:
            field_dict["message_accumulation"] = self.message_accumulation
        if self.dead_lock is not None:
            field_dict["dead_lock"] = self.dead_lock
        if self.deadlock_thread is not None:
            field_dict["deadlock_thread"] = self.deadlock_thread
        if self.stack_id is not None:
            field_dict["stack_id"] = self.stack_id
        if self.is_pop is not None:
            field_dict["is_pop"] = self.is_pop
        if self.consume_type is not None:
            field_dict["consume_type"] = self.consume_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        node_id = d.pop("node_id", None)
        is_faulted = d.pop("is_faulted", None)
        abnormal_item_sum = d.pop("abnormal_item_sum", None)
        message_accumulation = d.pop("message_accumulation", None)
        dead_lock = d.pop("dead_lock", None)
        deadlock_thread = d.pop("deadlock_thread", None)
        stack_id = d.pop("stack_id", None)
        is_pop = d.pop("is_pop", None)
        consume_type = d.pop("consume_type", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
