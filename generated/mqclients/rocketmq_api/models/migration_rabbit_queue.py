from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationRabbitQueue")


@_attrs_define
class MigrationRabbitQueue:
    """A RabbitMQ queue to import (doc table MigrationRabbitQueueMetadata, 5-143)."""

    vhost: str | Unset = UNSET
    """ Vhost of the queue. """
    name: str | Unset = UNSET
    """ Name of the queue. """
    durable: bool | Unset = UNSET
    """ Whether the queue is durable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vhost = self.vhost

        name = self.name

        durable = self.durable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vhost is not UNSET:
            field_dict["vhost"] = vhost
        if name is not UNSET:
            field_dict["name"] = name
        if durable is not UNSET:
            field_dict["durable"] = durable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vhost = d.pop("vhost", UNSET)

        name = d.pop("name", UNSET)

        durable = d.pop("durable", UNSET)

        migration_rabbit_queue = cls(
            vhost=vhost,
            name=name,
            durable=durable,
        )

        migration_rabbit_queue.additional_properties = d
        return migration_rabbit_queue

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
