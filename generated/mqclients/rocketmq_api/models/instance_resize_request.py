"""InstanceResizeRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.instance_resize_request_oper_type import (
    InstanceResizeRequestOperType,
    check_instance_resize_request_oper_type,
)


@_attrs_define(repr=False)
class InstanceResizeRequest(ModelWithExtras):
    """A specification change (doc ResizeEngineInstanceReq, §5.10.2 table 5-183)."""

    oper_type: InstanceResizeRequestOperType
    """ What changes: `storage` (storage per broker grows, broker count unchanged), `horizontal` (more brokers,
    storage per broker unchanged), `vertical` (the brokers' VM flavor changes; broker count and storage
    unchanged). """
    new_storage_space: int | None = None
    """ New total storage in GB (= broker count x storage per broker); read and required when oper_type is
    `storage` (each broker grows by at least 100 GB) or `horizontal` (storage per broker stays the same). """
    new_product_id: str | None = None
    """ New specification (product id); read and required only when oper_type is `vertical`. """
    new_broker_num: int | None = None
    """ New number of brokers; required when oper_type is `horizontal`. """
    publicip_id: str | None = None
    """ Ids of the elastic IPs to bind, comma-separated; required when oper_type is `horizontal` and public access
    is on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["oper_type"] = self.oper_type
        if self.new_storage_space is not None:
            field_dict["new_storage_space"] = self.new_storage_space
        if self.new_product_id is not None:
            field_dict["new_product_id"] = self.new_product_id
        if self.new_broker_num is not None:
            field_dict["new_broker_num"] = self.new_broker_num
        if self.publicip_id is not None:
            field_dict["publicip_id"] = self.publicip_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _oper_type = d.pop("oper_type")
        oper_type: InstanceResizeRequestOperType = check_instance_resize_request_oper_type(_oper_type)
        new_storage_space = d.pop("new_storage_space", None)
        new_product_id = d.pop("new_product_id", None)
        new_broker_num = d.pop("new_broker_num", None)
        publicip_id = d.pop("publicip_id", None)
        model = cls(
            oper_type=oper_type,
            new_storage_space=new_storage_space,
            new_product_id=new_product_id,
            new_broker_num=new_broker_num,
            publicip_id=publicip_id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
