"""MigrationTaskCreateRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.migration_rabbit_binding import MigrationRabbitBinding
    from ..models.migration_rabbit_exchange import MigrationRabbitExchange
    from ..models.migration_rabbit_queue import MigrationRabbitQueue
    from ..models.migration_rabbit_vhost import MigrationRabbitVhost
    from ..models.migration_task_create_request_subscription_group_table import (
        MigrationTaskCreateRequestSubscriptionGroupTable,
    )
    from ..models.migration_task_create_request_topic_config_table import MigrationTaskCreateRequestTopicConfigTable


@_attrs_define(repr=False)
class MigrationTaskCreateRequest(ModelWithExtras):
    """The metadata a migration task imports (doc table 5-139; SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
    tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`."""

    topic_config_table: MigrationTaskCreateRequestTopicConfigTable | None = None
    """ RocketMQ topics keyed by topic name; required for `type=rocketmq`. """
    subscription_group_table: MigrationTaskCreateRequestSubscriptionGroupTable | None = None
    """ RocketMQ consumer groups keyed by group name; required for `type=rocketmq`. """
    vhosts: list[MigrationRabbitVhost] | None = None
    """ RabbitMQ vhosts; required for `type=rabbitToRocket`. """
    queues: list[MigrationRabbitQueue] | None = None
    """ RabbitMQ queues; required for `type=rabbitToRocket`. """
    exchanges: list[MigrationRabbitExchange] | None = None
    """ RabbitMQ exchanges; required for `type=rabbitToRocket`. """
    bindings: list[MigrationRabbitBinding] | None = None
    """ RabbitMQ bindings; required for `type=rabbitToRocket`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topic_config_table is not None:
            field_dict["topicConfigTable"] = self.topic_config_table.to_dict()
        if self.subscription_group_table is not None:
            field_dict["subscriptionGroupTable"] = self.subscription_group_table.to_dict()
        if self.vhosts is not None:
            field_dict["vhosts"] = [item0.to_dict() for item0 in self.vhosts]
        if self.queues is not None:
            field_dict["queues"] = [item0.to_dict() for item0 in self.queues]
        if self.exchanges is not None:
            field_dict["exchanges"] = [item0.to_dict() for item0 in self.exchanges]
        if self.bindings is not None:
            field_dict["bindings"] = [item0.to_dict() for item0 in self.bindings]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.migration_rabbit_binding import MigrationRabbitBinding  # noqa: PLC0415
        from ..models.migration_rabbit_exchange import MigrationRabbitExchange  # noqa: PLC0415
        from ..models.migration_rabbit_queue import MigrationRabbitQueue  # noqa: PLC0415
        from ..models.migration_rabbit_vhost import MigrationRabbitVhost  # noqa: PLC0415
        from ..models.migration_task_create_request_subscription_group_table import (
            MigrationTaskCreateRequestSubscriptionGroupTable,  # noqa: PLC0415
        )
        from ..models.migration_task_create_request_topic_config_table import MigrationTaskCreateRequestTopicConfigTable  # noqa: PLC0415

        d = dict(src_dict)
        _topic_config_table = d.pop("topicConfigTable", None)
        topic_config_table: MigrationTaskCreateRequestTopicConfigTable | None = (
            None
            if _topic_config_table is None
            else MigrationTaskCreateRequestTopicConfigTable.from_dict(_topic_config_table)
        )
        _subscription_group_table = d.pop("subscriptionGroupTable", None)
        subscription_group_table: MigrationTaskCreateRequestSubscriptionGroupTable | None = (
            None
            if _subscription_group_table is None
            else MigrationTaskCreateRequestSubscriptionGroupTable.from_dict(_subscription_group_table)
        )
        _vhosts = d.pop("vhosts", None)
        vhosts: list[MigrationRabbitVhost] | None = (
            None if _vhosts is None else [MigrationRabbitVhost.from_dict(item0) for item0 in _vhosts]
        )
        _queues = d.pop("queues", None)
        queues: list[MigrationRabbitQueue] | None = (
            None if _queues is None else [MigrationRabbitQueue.from_dict(item0) for item0 in _queues]
        )
        _exchanges = d.pop("exchanges", None)
        exchanges: list[MigrationRabbitExchange] | None = (
            None if _exchanges is None else [MigrationRabbitExchange.from_dict(item0) for item0 in _exchanges]
        )
        _bindings = d.pop("bindings", None)
        bindings: list[MigrationRabbitBinding] | None = (
            None if _bindings is None else [MigrationRabbitBinding.from_dict(item0) for item0 in _bindings]
        )
        model = cls(
            topic_config_table=topic_config_table,
            subscription_group_table=subscription_group_table,
            vhosts=vhosts,
            queues=queues,
            exchanges=exchanges,
            bindings=bindings,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
