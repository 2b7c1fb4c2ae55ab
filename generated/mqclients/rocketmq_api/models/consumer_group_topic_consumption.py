from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumer_group_broker_consumption import ConsumerGroupBrokerConsumption


T = TypeVar("T", bound="ConsumerGroupTopicConsumption")


@_attrs_define
class ConsumerGroupTopicConsumption:
    """The topics a consumer group consumes (without the `topic` query parameter: `topics` and `total`) or its
    progress on one topic (with it: `lag`, `max_offset`, `consumer_offset` and `brokers`); response of 002 §5.2.7.

    """

    topics: list[str] | Unset = UNSET
    """ Names of the topics the group consumes (only in the list answer). """
    total: int | Unset = UNSET
    """ Number of topics the group consumes (only in the list answer). """
    lag: int | Unset = UNSET
    """ Messages not consumed yet (backlog), over all queues. """
    max_offset: int | Unset = UNSET
    """ Number of messages, over all queues. """
    consumer_offset: int | Unset = UNSET
    """ Number of messages consumed, over all queues. """
    brokers: list[ConsumerGroupBrokerConsumption] | Unset = UNSET
    """ Progress per broker the topic is on (only in the details answer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        total = self.total

        lag = self.lag

        max_offset = self.max_offset

        consumer_offset = self.consumer_offset

        brokers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = []
            for brokers_item_data in self.brokers:
                brokers_item = brokers_item_data.to_dict()
                brokers.append(brokers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics
        if total is not UNSET:
            field_dict["total"] = total
        if lag is not UNSET:
            field_dict["lag"] = lag
        if max_offset is not UNSET:
            field_dict["max_offset"] = max_offset
        if consumer_offset is not UNSET:
            field_dict["consumer_offset"] = consumer_offset
        if brokers is not UNSET:
            field_dict["brokers"] = brokers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumer_group_broker_consumption import ConsumerGroupBrokerConsumption  # noqa: PLC0415

        d = dict(src_dict)
        topics = cast(list[str], d.pop("topics", UNSET))

        total = d.pop("total", UNSET)

        lag = d.pop("lag", UNSET)

        max_offset = d.pop("max_offset", UNSET)

        consumer_offset = d.pop("consumer_offset", UNSET)

        _brokers = d.pop("brokers", UNSET)
        brokers: list[ConsumerGroupBrokerConsumption] | Unset = UNSET
        if _brokers is not UNSET:
            brokers = []
            for brokers_item_data in _brokers:
                brokers_item = ConsumerGroupBrokerConsumption.from_dict(brokers_item_data)

                brokers.append(brokers_item)

        consumer_group_topic_consumption = cls(
            topics=topics,
            total=total,
            lag=lag,
            max_offset=max_offset,
            consumer_offset=consumer_offset,
            brokers=brokers,
        )

        consumer_group_topic_consumption.additional_properties = d
        return consumer_group_topic_consumption

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
