from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_purge_request_resource_types_item import (
    QueuePurgeRequestResourceTypesItem,
    check_queue_purge_request_resource_types_item,
)

T = TypeVar("T", bound="QueuePurgeRequest")


@_attrs_define
class QueuePurgeRequest:
    """What to purge from a queue."""

    resource_types: list[QueuePurgeRequestResourceTypesItem]
    """ The kinds of resources to delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_types = []
        for resource_types_item_data in self.resource_types:
            resource_types_item: str = resource_types_item_data
            resource_types.append(resource_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_types": resource_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource_types = []
        _resource_types = d.pop("resource_types")
        for resource_types_item_data in _resource_types:
            resource_types_item = check_queue_purge_request_resource_types_item(resource_types_item_data)

            resource_types.append(resource_types_item)

        queue_purge_request = cls(
            resource_types=resource_types,
        )

        queue_purge_request.additional_properties = d
        return queue_purge_request

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
