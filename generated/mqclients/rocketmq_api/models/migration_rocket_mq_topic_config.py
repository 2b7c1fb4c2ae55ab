from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.migration_rocket_mq_topic_config_topic_filter_type import (
    MigrationRocketMQTopicConfigTopicFilterType,
    check_migration_rocket_mq_topic_config_topic_filter_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationRocketMQTopicConfig")


@_attrs_define
class MigrationRocketMQTopicConfig:
    """Configuration of one topic to import, as in a RocketMQ broker's topics.json (doc table MigrationRocketMqTopicConfig,
    5-140).

    """

    topic_name: str | Unset = UNSET
    """ Name of the topic. """
    order: bool | Unset = UNSET
    """ Whether the topic carries ordered messages. """
    perm: int | Unset = UNSET
    """ RocketMQ permission bits of the topic (2 write, 4 read; 6 read and write). """
    read_queue_nums: int | Unset = UNSET
    """ Number of read queues. """
    write_queue_nums: int | Unset = UNSET
    """ Number of write queues. """
    topic_filter_type: MigrationRocketMQTopicConfigTopicFilterType | Unset = UNSET
    """ Filter type of the topic: `SINGLE_TAG` (one tag per message) or `MULTI_TAG` (several tags). """
    topic_sys_flag: int | Unset = UNSET
    """ System flag bits of the topic. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_name = self.topic_name

        order = self.order

        perm = self.perm

        read_queue_nums = self.read_queue_nums

        write_queue_nums = self.write_queue_nums

        topic_filter_type: str | Unset = UNSET
        if not isinstance(self.topic_filter_type, Unset):
            topic_filter_type = self.topic_filter_type

        topic_sys_flag = self.topic_sys_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic_name is not UNSET:
            field_dict["topicName"] = topic_name
        if order is not UNSET:
            field_dict["order"] = order
        if perm is not UNSET:
            field_dict["perm"] = perm
        if read_queue_nums is not UNSET:
            field_dict["readQueueNums"] = read_queue_nums
        if write_queue_nums is not UNSET:
            field_dict["writeQueueNums"] = write_queue_nums
        if topic_filter_type is not UNSET:
            field_dict["topicFilterType"] = topic_filter_type
        if topic_sys_flag is not UNSET:
            field_dict["topicSysFlag"] = topic_sys_flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        topic_name = d.pop("topicName", UNSET)

        order = d.pop("order", UNSET)

        perm = d.pop("perm", UNSET)

        read_queue_nums = d.pop("readQueueNums", UNSET)

        write_queue_nums = d.pop("writeQueueNums", UNSET)

        _topic_filter_type = d.pop("topicFilterType", UNSET)
        topic_filter_type: MigrationRocketMQTopicConfigTopicFilterType | Unset
        if isinstance(_topic_filter_type, Unset):
            topic_filter_type = UNSET
        else:
            topic_filter_type = check_migration_rocket_mq_topic_config_topic_filter_type(_topic_filter_type)

        topic_sys_flag = d.pop("topicSysFlag", UNSET)

        migration_rocket_mq_topic_config = cls(
            topic_name=topic_name,
            order=order,
            perm=perm,
            read_queue_nums=read_queue_nums,
            write_queue_nums=write_queue_nums,
            topic_filter_type=topic_filter_type,
            topic_sys_flag=topic_sys_flag,
        )

        migration_rocket_mq_topic_config.additional_properties = d
        return migration_rocket_mq_topic_config

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
