from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtendProductProperties")


@_attrs_define
class ExtendProductProperties:
    """Limits of a specification, each as a string (doc RocketMQExtendProductPropertiesEntity, §5.10.1 table 5-180)."""

    max_broker: str | Unset = UNSET
    """ Maximum number of brokers. """
    max_topic_per_broker: str | Unset = UNSET
    """ Maximum number of topics per broker. """
    max_consumer_per_broker: str | Unset = UNSET
    """ Maximum number of consumers per broker. """
    max_storage_per_node: str | Unset = UNSET
    """ Maximum storage per node, in GB. """
    min_broker: str | Unset = UNSET
    """ Minimum number of brokers. """
    engine_versions: str | Unset = UNSET
    """ Engine version. """
    min_storage_per_node: str | Unset = UNSET
    """ Minimum storage per node, in GB. """
    product_alias: str | Unset = UNSET
    """ Alias of the product id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_broker = self.max_broker

        max_topic_per_broker = self.max_topic_per_broker

        max_consumer_per_broker = self.max_consumer_per_broker

        max_storage_per_node = self.max_storage_per_node

        min_broker = self.min_broker

        engine_versions = self.engine_versions

        min_storage_per_node = self.min_storage_per_node

        product_alias = self.product_alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_broker is not UNSET:
            field_dict["max_broker"] = max_broker
        if max_topic_per_broker is not UNSET:
            field_dict["max_topic_per_broker"] = max_topic_per_broker
        if max_consumer_per_broker is not UNSET:
            field_dict["max_consumer_per_broker"] = max_consumer_per_broker
        if max_storage_per_node is not UNSET:
            field_dict["max_storage_per_node"] = max_storage_per_node
        if min_broker is not UNSET:
            field_dict["min_broker"] = min_broker
        if engine_versions is not UNSET:
            field_dict["engine_versions"] = engine_versions
        if min_storage_per_node is not UNSET:
            field_dict["min_storage_per_node"] = min_storage_per_node
        if product_alias is not UNSET:
            field_dict["product_alias"] = product_alias

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_broker = d.pop("max_broker", UNSET)

        max_topic_per_broker = d.pop("max_topic_per_broker", UNSET)

        max_consumer_per_broker = d.pop("max_consumer_per_broker", UNSET)

        max_storage_per_node = d.pop("max_storage_per_node", UNSET)

        min_broker = d.pop("min_broker", UNSET)

        engine_versions = d.pop("engine_versions", UNSET)

        min_storage_per_node = d.pop("min_storage_per_node", UNSET)

        product_alias = d.pop("product_alias", UNSET)

        extend_product_properties = cls(
            max_broker=max_broker,
            max_topic_per_broker=max_topic_per_broker,
            max_consumer_per_broker=max_consumer_per_broker,
            max_storage_per_node=max_storage_per_node,
            min_broker=min_broker,
            engine_versions=engine_versions,
            min_storage_per_node=min_storage_per_node,
            product_alias=product_alias,
        )

        extend_product_properties.additional_properties = d
        return extend_product_properties

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
