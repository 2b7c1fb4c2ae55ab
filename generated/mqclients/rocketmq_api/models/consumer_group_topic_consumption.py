"""ConsumerGroupTopicConsumption: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.consumer_group_broker_consumption import ConsumerGroupBrokerConsumption


@_attrs_define(repr=False)
class ConsumerGroupTopicConsumption(ModelWithExtras):
    """The topics a consumer group consumes (without the `topic` query parameter: `topics` and `total`) or its
    progress on one topic (with it: `lag`, `max_offset`, `consumer_offset` and `brokers`); response of 002 §5.2.7."""

    topics: list[str] | None = None
    """ Names of the topics the group consumes (only in the list answer). """
    total: int | None = None
    """ Number of topics the group consumes (only in the list answer). """
    lag: int | None = None
    """ Messages not consumed yet (backlog), over all queues. """
    max_offset: int | None = None
    """ Number of messages, over all queues. """
    consumer_offset: int | None = None
    """ Number of messages consumed, over all queues. """
    brokers: list[ConsumerGroupBrokerConsumption] | None = None
    """ Progress per broker the topic is on (only in the details answer). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topics is not None:
            field_dict["topics"] = self.topics
        if self.total is not None:
            field_dict["total"] = self.total
        if self.lag is not None:
            field_dict["lag"] = self.lag
        if self.max_offset is not None:
            field_dict["max_offset"] = self.max_offset
        if self.consumer_offset is not None:
            field_dict["consumer_offset"] = self.consumer_offset
        if self.brokers is not None:
            field_dict["brokers"] = [item0.to_dict() for item0 in self.brokers]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.consumer_group_broker_consumption import ConsumerGroupBrokerConsumption  # noqa: PLC0415

        d = dict(src_dict)
        topics = d.pop("topics", None)
        total = d.pop("total", None)
        lag = d.pop("lag", None)
        max_offset = d.pop("max_offset", None)
        consumer_offset = d.pop("consumer_offset", None)
        _brokers = d.pop("brokers", None)
        brokers: list[ConsumerGroupBrokerConsumption] | None = (
            None if _brokers is None else [ConsumerGroupBrokerConsumption.from_dict(item0) for item0 in _brokers]
        )
        model = cls(
            topics=topics,
            total=total,
            lag=lag,
            max_offset=max_offset,
            consumer_offset=consumer_offset,
            brokers=brokers,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
