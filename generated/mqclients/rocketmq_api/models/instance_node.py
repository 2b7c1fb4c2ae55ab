"""InstanceNode: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class InstanceNode(ModelWithExtras):
    """A node of an instance (doc NodeContextEntity, §5.11.1 table 5-187)."""

    id: str | None = None
    """ Node id. """
    broker_name: str | None = None
    """ Name of the broker the node belongs to. """
    broker_id: int | None = None
    """ Broker id of the node. """
    address: str | None = None
    """ Private address. """
    public_address: str | None = None
    """ Public address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.broker_name is not None:
            field_dict["broker_name"] = self.broker_name
        if self.broker_id is not None:
            field_dict["broker_id"] = self.broker_id
        if self.address is not None:
            field_dict["address"] = self.address
        if self.public_address is not None:
            field_dict["public_address"] = self.public_address
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        broker_name = d.pop("broker_name", None)
        broker_id = d.pop("broker_id", None)
        address = d.pop("address", None)
        public_address = d.pop("public_address", None)
        model = cls(
            id=id,
            broker_name=broker_name,
            broker_id=broker_id,
            address=address,
            public_address=public_address,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
