from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migration_rabbit_binding import MigrationRabbitBinding
    from ..models.migration_rabbit_exchange import MigrationRabbitExchange
    from ..models.migration_rabbit_queue import MigrationRabbitQueue
    from ..models.migration_rabbit_vhost import MigrationRabbitVhost
    from ..models.migration_task_create_request_subscription_group_table import (
        MigrationTaskCreateRequestSubscriptionGroupTable,
    )
    from ..models.migration_task_create_request_topic_config_table import MigrationTaskCreateRequestTopicConfigTable


T = TypeVar("T", bound="MigrationTaskCreateRequest")


@_attrs_define
class MigrationTaskCreateRequest:
    """The metadata a migration task imports (doc table 5-139; SDK CreateRocketMqMigrationTaskReq): the two RocketMQ
    tables for `type=rocketmq`, the four RabbitMQ lists for `type=rabbitToRocket`.

    """

    topic_config_table: MigrationTaskCreateRequestTopicConfigTable | Unset = UNSET
    """ RocketMQ topics keyed by topic name; required for `type=rocketmq`. """
    subscription_group_table: MigrationTaskCreateRequestSubscriptionGroupTable | Unset = UNSET
    """ RocketMQ consumer groups keyed by group name; required for `type=rocketmq`. """
    vhosts: list[MigrationRabbitVhost] | Unset = UNSET
    """ RabbitMQ vhosts; required for `type=rabbitToRocket`. """
    queues: list[MigrationRabbitQueue] | Unset = UNSET
    """ RabbitMQ queues; required for `type=rabbitToRocket`. """
    exchanges: list[MigrationRabbitExchange] | Unset = UNSET
    """ RabbitMQ exchanges; required for `type=rabbitToRocket`. """
    bindings: list[MigrationRabbitBinding] | Unset = UNSET
    """ RabbitMQ bindings; required for `type=rabbitToRocket`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_config_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topic_config_table, Unset):
            topic_config_table = self.topic_config_table.to_dict()

        subscription_group_table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_group_table, Unset):
            subscription_group_table = self.subscription_group_table.to_dict()

        vhosts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vhosts, Unset):
            vhosts = []
            for vhosts_item_data in self.vhosts:
                vhosts_item = vhosts_item_data.to_dict()
                vhosts.append(vhosts_item)

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        exchanges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exchanges, Unset):
            exchanges = []
            for exchanges_item_data in self.exchanges:
                exchanges_item = exchanges_item_data.to_dict()
                exchanges.append(exchanges_item)

        bindings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bindings, Unset):
            bindings = []
            for bindings_item_data in self.bindings:
                bindings_item = bindings_item_data.to_dict()
                bindings.append(bindings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic_config_table is not UNSET:
            field_dict["topicConfigTable"] = topic_config_table
        if subscription_group_table is not UNSET:
            field_dict["subscriptionGroupTable"] = subscription_group_table
        if vhosts is not UNSET:
            field_dict["vhosts"] = vhosts
        if queues is not UNSET:
            field_dict["queues"] = queues
        if exchanges is not UNSET:
            field_dict["exchanges"] = exchanges
        if bindings is not UNSET:
            field_dict["bindings"] = bindings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migration_rabbit_binding import MigrationRabbitBinding  # noqa: PLC0415
        from ..models.migration_rabbit_exchange import MigrationRabbitExchange  # noqa: PLC0415
        from ..models.migration_rabbit_queue import MigrationRabbitQueue  # noqa: PLC0415
        from ..models.migration_rabbit_vhost import MigrationRabbitVhost  # noqa: PLC0415
        from ..models.migration_task_create_request_subscription_group_table import (
            MigrationTaskCreateRequestSubscriptionGroupTable,  # noqa: PLC0415
        )
        from ..models.migration_task_create_request_topic_config_table import MigrationTaskCreateRequestTopicConfigTable  # noqa: PLC0415

        d = dict(src_dict)
        _topic_config_table = d.pop("topicConfigTable", UNSET)
        topic_config_table: MigrationTaskCreateRequestTopicConfigTable | Unset
        if isinstance(_topic_config_table, Unset):
            topic_config_table = UNSET
        else:
            topic_config_table = MigrationTaskCreateRequestTopicConfigTable.from_dict(_topic_config_table)

        _subscription_group_table = d.pop("subscriptionGroupTable", UNSET)
        subscription_group_table: MigrationTaskCreateRequestSubscriptionGroupTable | Unset
        if isinstance(_subscription_group_table, Unset):
            subscription_group_table = UNSET
        else:
            subscription_group_table = MigrationTaskCreateRequestSubscriptionGroupTable.from_dict(
                _subscription_group_table
            )

        _vhosts = d.pop("vhosts", UNSET)
        vhosts: list[MigrationRabbitVhost] | Unset = UNSET
        if _vhosts is not UNSET:
            vhosts = []
            for vhosts_item_data in _vhosts:
                vhosts_item = MigrationRabbitVhost.from_dict(vhosts_item_data)

                vhosts.append(vhosts_item)

        _queues = d.pop("queues", UNSET)
        queues: list[MigrationRabbitQueue] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = MigrationRabbitQueue.from_dict(queues_item_data)

                queues.append(queues_item)

        _exchanges = d.pop("exchanges", UNSET)
        exchanges: list[MigrationRabbitExchange] | Unset = UNSET
        if _exchanges is not UNSET:
            exchanges = []
            for exchanges_item_data in _exchanges:
                exchanges_item = MigrationRabbitExchange.from_dict(exchanges_item_data)

                exchanges.append(exchanges_item)

        _bindings = d.pop("bindings", UNSET)
        bindings: list[MigrationRabbitBinding] | Unset = UNSET
        if _bindings is not UNSET:
            bindings = []
            for bindings_item_data in _bindings:
                bindings_item = MigrationRabbitBinding.from_dict(bindings_item_data)

                bindings.append(bindings_item)

        migration_task_create_request = cls(
            topic_config_table=topic_config_table,
            subscription_group_table=subscription_group_table,
            vhosts=vhosts,
            queues=queues,
            exchanges=exchanges,
            bindings=bindings,
        )

        migration_task_create_request.additional_properties = d
        return migration_task_create_request

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
