"""TopicDetail: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.topic_broker_queues import TopicBrokerQueues


@_attrs_define(repr=False)
class TopicDetail(ModelWithExtras):
    """A topic (response of 002 §5.3.4)."""

    name: str | None = None
    """ Name of the topic. """
    total_read_queue_num: int | None = None
    """ Number of read queues, over all brokers. """
    total_write_queue_num: int | None = None
    """ Number of write queues, over all brokers. """
    permission: str | None = None
    """ Permission, `pub` (publish), `sub` (subscribe) or `all` (both). """
    brokers: list[TopicBrokerQueues] | None = None
    """ The brokers the topic is on, with its queues there. """
    message_type: str | None = None
    """ Message type, `NORMAL`, `FIFO`, `DELAY` or `TRANSACTION` (only on RocketMQ 5.x instances). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.total_read_queue_num is not None:
            field_dict["total_read_queue_num"] = self.total_read_queue_num
        if self.total_write_queue_num is not None:
            field_dict["total_write_queue_num"] = self.total_write_queue_num
        if self.permission is not None:
            field_dict["permission"] = self.permission
        if self.brokers is not None:
            field_dict["brokers"] = [item0.to_dict() for item0 in self.brokers]
        if self.message_type is not None:
            field_dict["message_type"] = self.message_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.topic_broker_queues import TopicBrokerQueues  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        total_read_queue_num = d.pop("total_read_queue_num", None)
        total_write_queue_num = d.pop("total_write_queue_num", None)
        permission = d.pop("permission", None)
        _brokers = d.pop("brokers", None)
        brokers: list[TopicBrokerQueues] | None = (
            None if _brokers is None else [TopicBrokerQueues.from_dict(item0) for item0 in _brokers]
        )
        message_type = d.pop("message_type", None)
        model = cls(
            name=name,
            total_read_queue_num=total_read_queue_num,
            total_write_queue_num=total_write_queue_num,
            permission=permission,
            brokers=brokers,
            message_type=message_type,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
