from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicBrokerQueues")


@_attrs_define
class TopicBrokerQueues:
    """A topic's queues on one broker (doc table brokers, 002 §5.3.2 and §5.3.4)."""

    broker_name: str | Unset = UNSET
    """ Name of the broker. """
    read_queue_num: int | Unset = UNSET
    """ Number of read queues on the broker. """
    write_queue_num: int | Unset = UNSET
    """ Number of write queues on the broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broker_name = self.broker_name

        read_queue_num = self.read_queue_num

        write_queue_num = self.write_queue_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name
        if read_queue_num is not UNSET:
            field_dict["read_queue_num"] = read_queue_num
        if write_queue_num is not UNSET:
            field_dict["write_queue_num"] = write_queue_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        broker_name = d.pop("broker_name", UNSET)

        read_queue_num = d.pop("read_queue_num", UNSET)

        write_queue_num = d.pop("write_queue_num", UNSET)

        topic_broker_queues = cls(
            broker_name=broker_name,
            read_queue_num=read_queue_num,
            write_queue_num=write_queue_num,
        )

        topic_broker_queues.additional_properties = d
        return topic_broker_queues

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
