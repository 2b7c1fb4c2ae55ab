"""MigrationRabbitBinding: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class MigrationRabbitBinding(ModelWithExtras):
    """A RabbitMQ binding to import (doc table MigrationRabbitBindingMetadata, 5-145)."""

    vhost: str | None = None
    """ Vhost of the binding. """
    source: str | None = None
    """ Source exchange of the binding. """
    destination: str | None = None
    """ Destination (queue or exchange) of the binding. """
    destination_type: str | None = None
    """ Kind of destination, e.g. queue or exchange. """
    routing_key: str | None = None
    """ Routing key of the binding. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.vhost is not None:
            field_dict["vhost"] = self.vhost
        if self.source is not None:
            field_dict["source"] = self.source
        if self.destination is not None:
            field_dict["destination"] = self.destination
        if self.destination_type is not None:
            field_dict["destination_type"] = self.destination_type
        if self.routing_key is not None:
            field_dict["routing_key"] = self.routing_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        vhost = d.pop("vhost", None)
        source = d.pop("source", None)
        destination = d.pop("destination", None)
        destination_type = d.pop("destination_type", None)
        routing_key = d.pop("routing_key", None)
        model = cls(
            vhost=vhost,
            source=source,
            destination=destination,
            destination_type=destination_type,
            routing_key=routing_key,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
