"""ExtendProductProperties: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ExtendProductProperties(ModelWithExtras):
    """Limits of a specification, each as a string (doc RocketMQExtendProductPropertiesEntity, §5.10.1 table 5-180)."""

    max_broker: str | None = None
    """ Maximum number of brokers. """
    max_topic_per_broker: str | None = None
    """ Maximum number of topics per broker. """
    max_consumer_per_broker: str | None = None
    """ Maximum number of consumers per broker. """
    max_storage_per_node: str | None = None
    """ Maximum storage per node, in GB. """
    min_broker: str | None = None
    """ Minimum number of brokers. """
    engine_versions: str | None = None
    """ Engine version. """
    min_storage_per_node: str | None = None
    """ Minimum storage per node, in GB. """
    product_alias: str | None = None
    """ Alias of the product id. """
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
        if self.max_storage_per_node is not None:
            field_dict["max_storage_per_node"] = self.max_storage_per_node
        if self.min_broker is not None:
            field_dict["min_broker"] = self.min_broker
        if self.engine_versions is not None:
            field_dict["engine_versions"] = self.engine_versions
        if self.min_storage_per_node is not None:
            field_dict["min_storage_per_node"] = self.min_storage_per_node
        if self.product_alias is not None:
            field_dict["product_alias"] = self.product_alias
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        max_broker = d.pop("max_broker", None)
        max_topic_per_broker = d.pop("max_topic_per_broker", None)
        max_consumer_per_broker = d.pop("max_consumer_per_broker", None)
        max_storage_per_node = d.pop("max_storage_per_node", None)
        min_broker = d.pop("min_broker", None)
        engine_versions = d.pop("engine_versions", None)
        min_storage_per_node = d.pop("min_storage_per_node", None)
        product_alias = d.pop("product_alias", None)
        model = cls(
            max_broker=max_broker,
            max_topic_per_broker=max_topic_per_broker,
            max_consumer_per_broker=max_consumer_per_broker,
            max_storage_per_node=max_storage_per_node,
            min_broker=min_broker,
            engine_versions=engine_versions,
            min_storage_per_node=min_storage_per_node,
            product_alias=product_alias,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
