"""MigrationRocketMQTopicConfig: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.migration_rocket_mq_topic_config_topic_filter_type import (
    MigrationRocketMQTopicConfigTopicFilterType,
    check_migration_rocket_mq_topic_config_topic_filter_type,
)


@_attrs_define(repr=False)
class MigrationRocketMQTopicConfig(ModelWithExtras):
    """Configuration of one topic to import, as in a RocketMQ broker's topics.json (doc table MigrationRocketMqTopicConfig,
    5-140)."""

    topic_name: str | None = None
    """ Name of the topic. """
    order: bool | None = None
    """ Whether the topic carries ordered messages. """
    perm: int | None = None
    """ RocketMQ permission bits of the topic (2 write, 4 read; 6 read and write). """
    read_queue_nums: int | None = None
    """ Number of read queues. """
    write_queue_nums: int | None = None
    """ Number of write queues. """
    topic_filter_type: MigrationRocketMQTopicConfigTopicFilterType | None = None
    """ Filter type of the topic: `SINGLE_TAG` (one tag per message) or `MULTI_TAG` (several tags). """
    topic_sys_flag: int | None = None
    """ System flag bits of the topic. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topic_name is not None:
            field_dict["topicName"] = self.topic_name
        if self.order is not None:
            field_dict["order"] = self.order
        if self.perm is not None:
            field_dict["perm"] = self.perm
        if self.read_queue_nums is not None:
            field_dict["readQueueNums"] = self.read_queue_nums
        if self.write_queue_nums is not None:
            field_dict["writeQueueNums"] = self.write_queue_nums
        if self.topic_filter_type is not None:
            field_dict["topicFilterType"] = self.topic_filter_type
        if self.topic_sys_flag is not None:
            field_dict["topicSysFlag"] = self.topic_sys_flag
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        topic_name = d.pop("topicName", None)
        order = d.pop("order", None)
        perm = d.pop("perm", None)
        read_queue_nums = d.pop("readQueueNums", None)
        write_queue_nums = d.pop("writeQueueNums", None)
        _topic_filter_type = d.pop("topicFilterType", None)
        topic_filter_type: MigrationRocketMQTopicConfigTopicFilterType | None = (
            None
            if _topic_filter_type is None
            else check_migration_rocket_mq_topic_config_topic_filter_type(_topic_filter_type)
        )
        topic_sys_flag = d.pop("topicSysFlag", None)
        model = cls(
            topic_name=topic_name,
            order=order,
            perm=perm,
            read_queue_nums=read_queue_nums,
            write_queue_nums=write_queue_nums,
            topic_filter_type=topic_filter_type,
            topic_sys_flag=topic_sys_flag,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
