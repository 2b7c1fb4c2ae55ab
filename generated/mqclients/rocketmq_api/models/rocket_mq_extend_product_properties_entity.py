from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RocketMQExtendProductPropertiesEntity")


@_attrs_define
class RocketMQExtendProductPropertiesEntity:
    """SDK model RocketMQExtendProductPropertiesEntity (huaweicloudsdkrocketmq 3.1.219)."""

    max_broker: str | Unset = UNSET
    """ Maximum number of brokers. """
    max_topic_per_broker: str | Unset = UNSET
    """ Maximum number of topics per broker. """
    max_consumer_per_broker: str | Unset = UNSET
    """ Maximum number of consumers per broker. """
    min_broker: str | Unset = UNSET
    """ Minimum number of brokers. """
    engine_versions: str | Unset = UNSET
    """ Engine version. """
    max_storage_per_node: str | Unset = UNSET
    """ Maximum storage per node, in GB. """
    min_storage_per_node: str | Unset = UNSET
    """ Minimum storage per node, in GB. """
    product_alias: str | Unset = UNSET
    """ Alias of the product id. """
    feature: str | Unset = UNSET
    """ Feature. """
    max_topic: str | Unset = UNSET
    """ Max topic. """
    broker_num: str | Unset = UNSET
    """ Broker num. """
    core: str | Unset = UNSET
    """ Core. """
    max_consumer: str | Unset = UNSET
    """ Max consumer. """
    rcu: str | Unset = UNSET
    """ Rcu. """
    max_storage: str | Unset = UNSET
    """ Max storage. """
    min_storage: str | Unset = UNSET
    """ Min storage. """
    max_tps_per_rcu: str | Unset = UNSET
    """ Max TPS per rcu. """
    elastic_tps: str | Unset = UNSET
    """ Elastic TPS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_broker = self.max_broker

        max_topic_per_broker = self.max_topic_per_broker

        max_consumer_per_broker = self.max_consumer_per_broker

        min_broker = self.min_broker

        engine_versions = self.engine_versions

        max_storage_per_node = self.max_storage_per_node

        min_storage_per_node = self.min_storage_per_node

        product_alias = self.product_alias

        feature = self.feature

        max_topic = self.max_topic

        broker_num = self.broker_num

        core = self.core

        max_consumer = self.max_consumer

        rcu = self.rcu

        max_storage = self.max_storage

        min_storage = self.min_storage

        max_tps_per_rcu = self.max_tps_per_rcu

        elastic_tps = self.elastic_tps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_broker is not UNSET:
            field_dict["max_broker"] = max_broker
        if max_topic_per_broker is not UNSET:
            field_dict["max_topic_per_broker"] = max_topic_per_broker
        if max_consumer_per_broker is not UNSET:
            field_dict["max_consumer_per_broker"] = max_consumer_per_broker
        if min_broker is not UNSET:
            field_dict["min_broker"] = min_broker
        if engine_versions is not UNSET:
            field_dict["engine_versions"] = engine_versions
        if max_storage_per_node is not UNSET:
            field_dict["max_storage_per_node"] = max_storage_per_node
        if min_storage_per_node is not UNSET:
            field_dict["min_storage_per_node"] = min_storage_per_node
        if product_alias is not UNSET:
            field_dict["product_alias"] = product_alias
        if feature is not UNSET:
            field_dict["feature"] = feature
        if max_topic is not UNSET:
            field_dict["max_topic"] = max_topic
        if broker_num is not UNSET:
            field_dict["broker_num"] = broker_num
        if core is not UNSET:
            field_dict["core"] = core
        if max_consumer is not UNSET:
            field_dict["max_consumer"] = max_consumer
        if rcu is not UNSET:
            field_dict["rcu"] = rcu
        if max_storage is not UNSET:
            field_dict["max_storage"] = max_storage
        if min_storage is not UNSET:
            field_dict["min_storage"] = min_storage
        if max_tps_per_rcu is not UNSET:
            field_dict["max_tps_per_rcu"] = max_tps_per_rcu
        if elastic_tps is not UNSET:
            field_dict["elastic_tps"] = elastic_tps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_broker = d.pop("max_broker", UNSET)

        max_topic_per_broker = d.pop("max_topic_per_broker", UNSET)

        max_consumer_per_broker = d.pop("max_consumer_per_broker", UNSET)

        min_broker = d.pop("min_broker", UNSET)

        engine_versions = d.pop("engine_versions", UNSET)

        max_storage_per_node = d.pop("max_storage_per_node", UNSET)

        min_storage_per_node = d.pop("min_storage_per_node", UNSET)

        product_alias = d.pop("product_alias", UNSET)

        feature = d.pop("feature", UNSET)

        max_topic = d.pop("max_topic", UNSET)

        broker_num = d.pop("broker_num", UNSET)

        core = d.pop("core", UNSET)

        max_consumer = d.pop("max_consumer", UNSET)

        rcu = d.pop("rcu", UNSET)

        max_storage = d.pop("max_storage", UNSET)

        min_storage = d.pop("min_storage", UNSET)

        max_tps_per_rcu = d.pop("max_tps_per_rcu", UNSET)

        elastic_tps = d.pop("elastic_tps", UNSET)

        rocket_mq_extend_product_properties_entity = cls(
            max_broker=max_broker,
            max_topic_per_broker=max_topic_per_broker,
            max_consumer_per_broker=max_consumer_per_broker,
            min_broker=min_broker,
            engine_versions=engine_versions,
            max_storage_per_node=max_storage_per_node,
            min_storage_per_node=min_storage_per_node,
            product_alias=product_alias,
            feature=feature,
            max_topic=max_topic,
            broker_num=broker_num,
            core=core,
            max_consumer=max_consumer,
            rcu=rcu,
            max_storage=max_storage,
            min_storage=min_storage,
            max_tps_per_rcu=max_tps_per_rcu,
            elastic_tps=elastic_tps,
        )

        rocket_mq_extend_product_properties_entity.additional_properties = d
        return rocket_mq_extend_product_properties_entity

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
