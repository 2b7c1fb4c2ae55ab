"""TopicBrokerQueues: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class TopicBrokerQueues(ModelWithExtras):
    """A topic's queues on one broker (doc table brokers, 002 §5.3.2 and §5.3.4)."""

    broker_name: str | None = None
    """ Name of the broker. """
    read_queue_num: int | None = None
    """ Number of read queues on the broker. """
    write_queue_num: int | None = None
    """ Number of write queues on the broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.broker_name is not None:
            field_dict["broker_name"] = self.broker_name
        if self.read_queue_num is not None:
            field_dict["read_queue_num"] = self.read_queue_num
        if self.write_queue_num is not None:
            field_dict["write_queue_num"] = self.write_queue_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        broker_name = d.pop("broker_name", None)
        read_queue_num = d.pop("read_queue_num", None)
        write_queue_num = d.pop("write_queue_num", None)
        model = cls(
            broker_name=broker_name,
            read_queue_num=read_queue_num,
            write_queue_num=write_queue_num,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
