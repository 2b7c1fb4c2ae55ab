from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.resize_engine_instance_req_oper_type import (
    ResizeEngineInstanceReqOperType,
    check_resize_engine_instance_req_oper_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResizeEngineInstanceReq")


@_attrs_define
class ResizeEngineInstanceReq:
    """SDK model ResizeEngineInstanceReq (huaweicloudsdkrocketmq 3.1.219)."""

    oper_type: ResizeEngineInstanceReqOperType
    """ What changes: `storage` (storage per broker grows, broker count unchanged), `horizontal` (more brokers,
    storage per broker unchanged), `vertical` (the brokers' VM flavor changes; broker count and storage
    unchanged).
     """
    new_storage_space: int | Unset = UNSET
    """ New total storage in GB (= broker count x storage per broker); read and required when oper_type is
    `storage` (each broker grows by at least 100 GB) or `horizontal` (storage per broker stays the same).
     """
    new_product_id: str | Unset = UNSET
    """ New specification (product id); read and required only when oper_type is `vertical`. """
    new_broker_num: int | Unset = UNSET
    """ New number of brokers; required when oper_type is `horizontal`. """
    publicip_id: str | Unset = UNSET
    """ Ids of the elastic IPs to bind, comma-separated; required when oper_type is `horizontal` and public access
    is on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oper_type: str = self.oper_type

        new_storage_space = self.new_storage_space

        new_product_id = self.new_product_id

        new_broker_num = self.new_broker_num

        publicip_id = self.publicip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oper_type": oper_type,
            }
        )
        if new_storage_space is not UNSET:
            field_dict["new_storage_space"] = new_storage_space
        if new_product_id is not UNSET:
            field_dict["new_product_id"] = new_product_id
        if new_broker_num is not UNSET:
            field_dict["new_broker_num"] = new_broker_num
        if publicip_id is not UNSET:
            field_dict["publicip_id"] = publicip_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oper_type = check_resize_engine_instance_req_oper_type(d.pop("oper_type"))

        new_storage_space = d.pop("new_storage_space", UNSET)

        new_product_id = d.pop("new_product_id", UNSET)

        new_broker_num = d.pop("new_broker_num", UNSET)

        publicip_id = d.pop("publicip_id", UNSET)

        resize_engine_instance_req = cls(
            oper_type=oper_type,
            new_storage_space=new_storage_space,
            new_product_id=new_product_id,
            new_broker_num=new_broker_num,
            publicip_id=publicip_id,
        )

        resize_engine_instance_req.additional_properties = d
        return resize_engine_instance_req

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
