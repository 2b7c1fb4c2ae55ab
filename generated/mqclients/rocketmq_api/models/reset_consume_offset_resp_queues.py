from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetConsumeOffsetRespQueues")


@_attrs_define
class ResetConsumeOffsetRespQueues:
    """SDK model ResetConsumeOffsetRespQueues (huaweicloudsdkrocketmq 3.1.219)."""

    broker_name: str | Unset = UNSET
    """ Broker the queue is on. """
    queue_id: int | Unset = UNSET
    """ Id of the queue. """
    timestamp_offset: int | Unset = UNSET
    """ The queue's consumer offset after the reset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_name = self.broker_name

        queue_id = self.queue_id

        timestamp_offset = self.timestamp_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if timestamp_offset is not UNSET:
            field_dict["timestamp_offset"] = timestamp_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        broker_name = d.pop("broker_name", UNSET)

        queue_id = d.pop("queue_id", UNSET)

        timestamp_offset = d.pop("timestamp_offset", UNSET)

        reset_consume_offset_resp_queues = cls(
            broker_name=broker_name,
            queue_id=queue_id,
            timestamp_offset=timestamp_offset,
        )

        reset_consume_offset_resp_queues.additional_properties = d
        return reset_consume_offset_resp_queues

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
