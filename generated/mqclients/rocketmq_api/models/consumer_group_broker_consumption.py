from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumer_group_queue_consumption import ConsumerGroupQueueConsumption


T = TypeVar("T", bound="ConsumerGroupBrokerConsumption")


@_attrs_define
class ConsumerGroupBrokerConsumption:
    """A consumer group's progress on the topic's queues of one broker (doc table Brokers, 002 §5.2.7)."""

    broker_name: str | Unset = UNSET
    """ Name of the broker. """
    queues: list[ConsumerGroupQueueConsumption] | Unset = UNSET
    """ Progress per queue of the broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_name = self.broker_name

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumer_group_queue_consumption import ConsumerGroupQueueConsumption  # noqa: PLC0415

        d = dict(src_dict)
        broker_name = d.pop("broker_name", UNSET)

        _queues = d.pop("queues", UNSET)
        queues: list[ConsumerGroupQueueConsumption] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = ConsumerGroupQueueConsumption.from_dict(queues_item_data)

                queues.append(queues_item)

        consumer_group_broker_consumption = cls(
            broker_name=broker_name,
            queues=queues,
        )

        consumer_group_broker_consumption.additional_properties = d
        return consumer_group_broker_consumption

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
