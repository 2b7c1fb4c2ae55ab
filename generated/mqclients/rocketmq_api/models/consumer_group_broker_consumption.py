"""ConsumerGroupBrokerConsumption: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.consumer_group_queue_consumption import ConsumerGroupQueueConsumption


@_attrs_define(repr=False)
class ConsumerGroupBrokerConsumption(ModelWithExtras):
    """A consumer group's progress on the topic's queues of one broker (doc table Brokers, 002 §5.2.7)."""

    broker_name: str | None = None
    """ Name of the broker. """
    queues: list[ConsumerGroupQueueConsumption] | None = None
    """ Progress per queue of the broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.broker_name is not None:
            field_dict["broker_name"] = self.broker_name
        if self.queues is not None:
            field_dict["queues"] = [item0.to_dict() for item0 in self.queues]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.consumer_group_queue_consumption import ConsumerGroupQueueConsumption  # noqa: PLC0415

        d = dict(src_dict)
        broker_name = d.pop("broker_name", None)
        _queues = d.pop("queues", None)
        queues: list[ConsumerGroupQueueConsumption] | None = (
            None if _queues is None else [ConsumerGroupQueueConsumption.from_dict(item0) for item0 in _queues]
        )
        model = cls(
            broker_name=broker_name,
            queues=queues,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
