from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationRabbitExchange")


@_attrs_define
class MigrationRabbitExchange:
    """A RabbitMQ exchange to import (doc table MigrationRabbitExchangeMetadata, 5-144)."""

    vhost: str | Unset = UNSET
    """ Vhost of the exchange. """
    name: str | Unset = UNSET
    """ Name of the exchange. """
    type_: str | Unset = UNSET
    """ Exchange type, e.g. direct, topic, fanout, headers. """
    durable: bool | Unset = UNSET
    """ Whether the exchange is durable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vhost = self.vhost

        name = self.name

        type_ = self.type_

        durable = self.durable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhost is not UNSET:
            field_dict["vhost"] = vhost
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if durable is not UNSET:
            field_dict["durable"] = durable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vhost = d.pop("vhost", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        durable = d.pop("durable", UNSET)

        migration_rabbit_exchange = cls(
            vhost=vhost,
            name=name,
            type_=type_,
            durable=durable,
        )

        migration_rabbit_exchange.additional_properties = d
        return migration_rabbit_exchange

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
