"""MigrationRocketMQSubscriptionGroup: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class MigrationRocketMQSubscriptionGroup(ModelWithExtras):
    """Configuration of one consumer group to import, as in a RocketMQ broker's subscriptionGroup.json (doc table
    MigrationRocketMqSubscriptionGroup, 5-141)."""

    group_name: str | None = None
    """ Name of the consumer group. """
    consume_broadcast_enable: bool | None = None
    """ Whether broadcast consumption is allowed. """
    consume_enable: bool | None = None
    """ Whether consumption is allowed. """
    consume_from_min_enable: bool | None = None
    """ Whether consumption starts from the minimum offset. """
    notify_consumer_ids_changed_enable: bool | None = None
    """ Whether consumers are notified when the group's consumer ids change. """
    retry_max_times: int | None = None
    """ Maximum number of consumption retries. """
    retry_queue_nums: int | None = None
    """ Number of retry queues. """
    which_broker_when_consume_slow: int | None = None
    """ Id of the broker node to consume from when consumption is slow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.group_name is not None:
            field_dict["groupName"] = self.group_name
        if self.consume_broadcast_enable is not None:
            field_dict["consumeBroadcastEnable"] = self.consume_broadcast_enable
        if self.consume_enable is not None:
            field_dict["consumeEnable"] = self.consume_enable
        if self.consume_from_min_enable is not None:
            field_dict["consumeFromMinEnable"] = self.consume_from_min_enable
        if self.notify_consumer_ids_changed_enable is not None:
            field_dict["notifyConsumerIdsChangedEnable"] = self.notify_consumer_ids_changed_enable
        if self.retry_max_times is not None:
            field_dict["retryMaxTimes"] = self.retry_max_times
        if self.retry_queue_nums is not None:
            field_dict["retryQueueNums"] = self.retry_queue_nums
        if self.which_broker_when_consume_slow is not None:
            field_dict["whichBrokerWhenConsumeSlow"] = self.which_broker_when_consume_slow
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        group_name = d.pop("groupName", None)
        consume_broadcast_enable = d.pop("consumeBroadcastEnable", None)
        consume_enable = d.pop("consumeEnable", None)
        consume_from_min_enable = d.pop("consumeFromMinEnable", None)
        notify_consumer_ids_changed_enable = d.pop("notifyConsumerIdsChangedEnable", None)
        retry_max_times = d.pop("retryMaxTimes", None)
        retry_queue_nums = d.pop("retryQueueNums", None)
        which_broker_when_consume_slow = d.pop("whichBrokerWhenConsumeSlow", None)
        model = cls(
            group_name=group_name,
            consume_broadcast_enable=consume_broadcast_enable,
            consume_enable=consume_enable,
            consume_from_min_enable=consume_from_min_enable,
            notify_consumer_ids_changed_enable=notify_consumer_ids_changed_enable,
            retry_max_times=retry_max_times,
            retry_queue_nums=retry_queue_nums,
            which_broker_when_consume_slow=which_broker_when_consume_slow,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
