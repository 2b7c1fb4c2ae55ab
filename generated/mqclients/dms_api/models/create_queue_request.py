from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_queue_request_queue_mode import CreateQueueRequestQueueMode, check_create_queue_request_queue_mode
from ..models.create_queue_request_redrive_policy import (
    CreateQueueRequestRedrivePolicy,
    check_create_queue_request_redrive_policy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateQueueRequest")


@_attrs_define
class CreateQueueRequest:
    """A new queue."""

    name: str
    """ Name of the queue, unique in the project and not changeable later. """
    queue_mode: CreateQueueRequestQueueMode | Unset = "NORMAL"
    """ Kind of queue: `NORMAL` (high throughput, no ordering), `FIFO` (first in, first out),
    `KAFKA_HA` (Kafka, high reliability) or `KAFKA_HT` (Kafka, high throughput).
     """
    description: str | Unset = UNSET
    """ Free text about the queue; at most 160 characters, without `<` or `>`. """
    redrive_policy: CreateQueueRequestRedrivePolicy | Unset = "disable"
    """ Whether messages that keep failing become dead letters (`enable`). NORMAL and FIFO queues only. """
    max_consume_count: int | Unset = UNSET
    """ How many failed consumptions turn a message into a dead letter; required when `redrive_policy` is `enable`.
    """
    retention_hours: int | Unset = UNSET
    """ Hours messages are kept. KAFKA_HA and KAFKA_HT queues only (error 10240028 on other modes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        queue_mode: str | Unset = UNSET
        if not isinstance(self.queue_mode, Unset):
            queue_mode = self.queue_mode

        description = self.description

        redrive_policy: str | Unset = UNSET
        if not isinstance(self.redrive_policy, Unset):
            redrive_policy = self.redrive_policy

        max_consume_count = self.max_consume_count

        retention_hours = self.retention_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if queue_mode is not UNSET:
            field_dict["queue_mode"] = queue_mode
        if description is not UNSET:
            field_dict["description"] = description
        if redrive_policy is not UNSET:
            field_dict["redrive_policy"] = redrive_policy
        if max_consume_count is not UNSET:
            field_dict["max_consume_count"] = max_consume_count
        if retention_hours is not UNSET:
            field_dict["retention_hours"] = retention_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        _queue_mode = d.pop("queue_mode", UNSET)
        queue_mode: CreateQueueRequestQueueMode | Unset
        if isinstance(_queue_mode, Unset):
            queue_mode = UNSET
        else:
            queue_mode = check_create_queue_request_queue_mode(_queue_mode)

        description = d.pop("description", UNSET)

        _redrive_policy = d.pop("redrive_policy", UNSET)
        redrive_policy: CreateQueueRequestRedrivePolicy | Unset
        if isinstance(_redrive_policy, Unset):
            redrive_policy = UNSET
        else:
            redrive_policy = check_create_queue_request_redrive_policy(_redrive_policy)

        max_consume_count = d.pop("max_consume_count", UNSET)

        retention_hours = d.pop("retention_hours", UNSET)

        create_queue_request = cls(
            name=name,
            queue_mode=queue_mode,
            description=description,
            redrive_policy=redrive_policy,
            max_consume_count=max_consume_count,
            retention_hours=retention_hours,
        )

        create_queue_request.additional_properties = d
        return create_queue_request

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
