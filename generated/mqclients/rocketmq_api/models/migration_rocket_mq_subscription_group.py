from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationRocketMQSubscriptionGroup")


@_attrs_define
class MigrationRocketMQSubscriptionGroup:
    """Configuration of one consumer group to import, as in a RocketMQ broker's subscriptionGroup.json (doc table
    MigrationRocketMqSubscriptionGroup, 5-141).

    """

    group_name: str | Unset = UNSET
    """ Name of the consumer group. """
    consume_broadcast_enable: bool | Unset = UNSET
    """ Whether broadcast consumption is allowed. """
    consume_enable: bool | Unset = UNSET
    """ Whether consumption is allowed. """
    consume_from_min_enable: bool | Unset = UNSET
    """ Whether consumption starts from the minimum offset. """
    notify_consumer_ids_changed_enable: bool | Unset = UNSET
    """ Whether consumers are notified when the group's consumer ids change. """
    retry_max_times: int | Unset = UNSET
    """ Maximum number of consumption retries. """
    retry_queue_nums: int | Unset = UNSET
    """ Number of retry queues. """
    which_broker_when_consume_slow: int | Unset = UNSET
    """ Id of the broker node to consume from when consumption is slow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        consume_broadcast_enable = self.consume_broadcast_enable

        consume_enable = self.consume_enable

        consume_from_min_enable = self.consume_from_min_enable

        notify_consumer_ids_changed_enable = self.notify_consumer_ids_changed_enable

        retry_max_times = self.retry_max_times

        retry_queue_nums = self.retry_queue_nums

        which_broker_when_consume_slow = self.which_broker_when_consume_slow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if consume_broadcast_enable is not UNSET:
            field_dict["consumeBroadcastEnable"] = consume_broadcast_enable
        if consume_enable is not UNSET:
            field_dict["consumeEnable"] = consume_enable
        if consume_from_min_enable is not UNSET:
            field_dict["consumeFromMinEnable"] = consume_from_min_enable
        if notify_consumer_ids_changed_enable is not UNSET:
            field_dict["notifyConsumerIdsChangedEnable"] = notify_consumer_ids_changed_enable
        if retry_max_times is not UNSET:
            field_dict["retryMaxTimes"] = retry_max_times
        if retry_queue_nums is not UNSET:
            field_dict["retryQueueNums"] = retry_queue_nums
        if which_broker_when_consume_slow is not UNSET:
            field_dict["whichBrokerWhenConsumeSlow"] = which_broker_when_consume_slow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("groupName", UNSET)

        consume_broadcast_enable = d.pop("consumeBroadcastEnable", UNSET)

        consume_enable = d.pop("consumeEnable", UNSET)

        consume_from_min_enable = d.pop("consumeFromMinEnable", UNSET)

        notify_consumer_ids_changed_enable = d.pop("notifyConsumerIdsChangedEnable", UNSET)

        retry_max_times = d.pop("retryMaxTimes", UNSET)

        retry_queue_nums = d.pop("retryQueueNums", UNSET)

        which_broker_when_consume_slow = d.pop("whichBrokerWhenConsumeSlow", UNSET)

        migration_rocket_mq_subscription_group = cls(
            group_name=group_name,
            consume_broadcast_enable=consume_broadcast_enable,
            consume_enable=consume_enable,
            consume_from_min_enable=consume_from_min_enable,
            notify_consumer_ids_changed_enable=notify_consumer_ids_changed_enable,
            retry_max_times=retry_max_times,
            retry_queue_nums=retry_queue_nums,
            which_broker_when_consume_slow=which_broker_when_consume_slow,
        )

        migration_rocket_mq_subscription_group.additional_properties = d
        return migration_rocket_mq_subscription_group

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
