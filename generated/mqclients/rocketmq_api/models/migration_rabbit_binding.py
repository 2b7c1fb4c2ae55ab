from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationRabbitBinding")


@_attrs_define
class MigrationRabbitBinding:
    """A RabbitMQ binding to import (doc table MigrationRabbitBindingMetadata, 5-145)."""

    vhost: str | Unset = UNSET
    """ Vhost of the binding. """
    source: str | Unset = UNSET
    """ Source exchange of the binding. """
    destination: str | Unset = UNSET
    """ Destination (queue or exchange) of the binding. """
    destination_type: str | Unset = UNSET
    """ Kind of destination, e.g. queue or exchange. """
    routing_key: str | Unset = UNSET
    """ Routing key of the binding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vhost = self.vhost

        source = self.source

        destination = self.destination

        destination_type = self.destination_type

        routing_key = self.routing_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhost is not UNSET:
            field_dict["vhost"] = vhost
        if source is not UNSET:
            field_dict["source"] = source
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_type is not UNSET:
            field_dict["destination_type"] = destination_type
        if routing_key is not UNSET:
            field_dict["routing_key"] = routing_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vhost = d.pop("vhost", UNSET)

        source = d.pop("source", UNSET)

        destination = d.pop("destination", UNSET)

        destination_type = d.pop("destination_type", UNSET)

        routing_key = d.pop("routing_key", UNSET)

        migration_rabbit_binding = cls(
            vhost=vhost,
            source=source,
            destination=destination,
            destination_type=destination_type,
            routing_key=routing_key,
        )

        migration_rabbit_binding.additional_properties = d
        return migration_rabbit_binding

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
