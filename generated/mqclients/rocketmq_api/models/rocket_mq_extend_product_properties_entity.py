"""RocketMQExtendProductPropertiesEntity: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class RocketMQExtendProductPropertiesEntity(ModelWithExtras):
    """SDK model RocketMQExtendProductPropertiesEntity (huaweicloudsdkrocketmq 3.1.219)."""

    max_broker: str | None = None
    """ Maximum number of brokers. """
    max_topic_per_broker: str | None = None
    """ Maximum number of topics per broker. """
    max_consumer_per_broker: str | None = None
    """ Maximum number of consumers per broker. """
    min_broker: str | None = None
    """ Minimum number of brokers. """
    engine_versions: str | None = None
    """ Engine version. """
    max_storage_per_node: str | None = None
    """ Maximum storage per node, in GB. """
    min_storage_per_node: str | None = None
    """ Minimum storage per node, in GB. """
    product_alias: str | None = None
    """ Alias of the product id. """
    feature: str | None = None
    """ Feature. """
    max_topic: str | None = None
    """ Max topic. """
    broker_num: str | None = None
    """ Broker num. """
    core: str | None = None
    """ Core. """
    max_consumer: str | None = None
    """ Max consumer. """
    rcu: str | None = None
    """ Rcu. """
    max_storage: str | None = None
    """ Max storage. """
    min_storage: str | None = None
    """ Min storage. """
    max_tps_per_rcu: str | None = None
    """ Max TPS per rcu. """
    elastic_tps: str | None = None
    """ Elastic TPS. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.max_broker is not None:
            field_dict["max_broker"] = self.max_broker
        if self.max_topic_per_broker is not None:
            field_dict["max_topic_per_broker"] = self.max_topic_per_broker
        if self.max_consumer_per_broker is not None:
            field_dict["max_consumer_per_broker"] = self.max_consumer_per_broker
        if self.min_broker is not None:
            field_dict["min_broker"] = self.min_broker
        if self.engine_versions is not None:
            field_dict["engine_versions"] = self.engine_versions
        if self.max_storage_per_node is not None:
            field_dict["max_storage_per_node"] = self.max_storage_per_node
        if self.min_storage_per_node is not None:
            field_dict["min_storage_per_node"] = self.min_storage_per_node
        if self.product_alias is not None:
            field_dict["product_alias"] = self.product_alias
        if self.feature is not None:
            field_dict["feature"] = self.feature
        if self.max_topic is not None:
            field_dict["max_topic"] = self.max_topic
        if self.broker_num is not None:
            field_dict["broker_num"] = self.broker_num
        if self.core is not None:
            field_dict["core"] = self.core
        if self.max_consumer is not None:
            field_dict["max_consumer"] = self.max_consumer
        if self.rcu is not None:
            field_dict["rcu"] = self.rcu
        if self.max_storage is not None:
            field_dict["max_storage"] = self.max_storage
        if self.min_storage is not None:
            field_dict["min_storage"] = self.min_storage
        if self.max_tps_per_rcu is not None:
            field_dict["max_tps_per_rcu"] = self.max_tps_per_rcu
        if self.elastic_tps is not None:
            field_dict["elastic_tps"] = self.elastic_tps
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        max_broker = d.pop("max_broker", None)
        max_topic_per_broker = d.pop("max_topic_per_broker", None)
        max_consumer_per_broker = d.pop("max_consumer_per_broker", None)
        min_broker = d.pop("min_broker", None)
        engine_versions = d.pop("engine_versions", None)
        max_storage_per_node = d.pop("max_storage_per_node", None)
        min_storage_per_node = d.pop("min_storage_per_node", None)
        product_alias = d.pop("product_alias", None)
        feature = d.pop("feature", None)
        max_topic = d.pop("max_topic", None)
        broker_num = d.pop("broker_num", None)
        core = d.pop("core", None)
        max_consumer = d.pop("max_consumer", None)
        rcu = d.pop("rcu", None)
        max_storage = d.pop("max_storage", None)
        min_storage = d.pop("min_storage", None)
        max_tps_per_rcu = d.pop("max_tps_per_rcu", None)
        elastic_tps = d.pop("elastic_tps", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
