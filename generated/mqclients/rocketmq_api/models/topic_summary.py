from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_broker_queues import TopicBrokerQueues


T = TypeVar("T", bound="TopicSummary")


@_attrs_define
class TopicSummary:
    """A topic as listed (doc table Topic, 002 §5.3.2)."""

    name: str | Unset = UNSET
    """ Name of the topic. """
    total_read_queue_num: int | Unset = UNSET
    """ Number of read queues, over all brokers. """
    total_write_queue_num: int | Unset = UNSET
    """ Number of write queues, over all brokers. """
    permission: str | Unset = UNSET
    """ Permission, `pub` (publish), `sub` (subscribe) or `all` (both). """
    brokers: list[TopicBrokerQueues] | Unset = UNSET
    """ The brokers the topic is on, with its queues there. """
    message_type: str | Unset = UNSET
    """ Message type, `NORMAL`, `FIFO`, `DELAY` or `TRANSACTION` (only on RocketMQ 5.x instances). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        total_read_queue_num = self.total_read_queue_num

        total_write_queue_num = self.total_write_queue_num

        permission = self.permission

        brokers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = []
            for brokers_item_data in self.brokers:
                brokers_item = brokers_item_data.to_dict()
                brokers.append(brokers_item)

        message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if total_read_queue_num is not UNSET:
            field_dict["total_read_queue_num"] = total_read_queue_num
        if total_write_queue_num is not UNSET:
            field_dict["total_write_queue_num"] = total_write_queue_num
        if permission is not UNSET:
            field_dict["permission"] = permission
        if brokers is not UNSET:
            field_dict["brokers"] = brokers
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_broker_queues import TopicBrokerQueues  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        total_read_queue_num = d.pop("total_read_queue_num", UNSET)

        total_write_queue_num = d.pop("total_write_queue_num", UNSET)

        permission = d.pop("permission", UNSET)

        _brokers = d.pop("brokers", UNSET)
        brokers: list[TopicBrokerQueues] | Unset = UNSET
        if _brokers is not UNSET:
            brokers = []
            for brokers_item_data in _brokers:
                brokers_item = TopicBrokerQueues.from_dict(brokers_item_data)

                brokers.append(brokers_item)

        message_type = d.pop("message_type", UNSET)

        topic_summary = cls(
            name=name,
            total_read_queue_num=total_read_queue_num,
            total_write_queue_num=total_write_queue_num,
            permission=permission,
            brokers=brokers,
            message_type=message_type,
        )

        topic_summary.additional_properties = d
        return topic_summary

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
