from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceNode")


@_attrs_define
class InstanceNode:
    """A node of an instance (doc NodeContextEntity, §5.11.1 table 5-187)."""

    id: str | Unset = UNSET
    """ Node id. """
    broker_name: str | Unset = UNSET
    """ Name of the broker the node belongs to. """
    broker_id: int | Unset = UNSET
    """ Broker id of the node. """
    address: str | Unset = UNSET
    """ Private address. """
    public_address: str | Unset = UNSET
    """ Public address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broker_name = self.broker_name

        broker_id = self.broker_id

        address = self.address

        public_address = self.public_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name
        if broker_id is not UNSET:
            field_dict["broker_id"] = broker_id
        if address is not UNSET:
            field_dict["address"] = address
        if public_address is not UNSET:
            field_dict["public_address"] = public_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        broker_name = d.pop("broker_name", UNSET)

        broker_id = d.pop("broker_id", UNSET)

        address = d.pop("address", UNSET)

        public_address = d.pop("public_address", UNSET)

        instance_node = cls(
            id=id,
            broker_name=broker_name,
            broker_id=broker_id,
            address=address,
            public_address=public_address,
        )

        instance_node.additional_properties = d
        return instance_node

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
