from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceUpdateRequest")


@_attrs_define
class InstanceUpdateRequest:
    """Changes to an instance (doc UpdateInstanceReq, §5.1.5 table 5-15)."""

    name: str | Unset = UNSET
    """ New name, 4 to 64 characters; starts with a letter, then letters, digits and `-`. """
    description: str | Unset = UNSET
    """ New description, at most 1024 characters. """
    security_group_id: str | Unset = UNSET
    """ Security group id (VPC console, security group details page). """
    enable_acl: bool | Unset = UNSET
    """ Turn access control (ACL) on or off. """
    enable_publicip: bool | Unset = UNSET
    """ Turn public access on or off. """
    publicip_id: str | Unset = UNSET
    """ Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        security_group_id = self.security_group_id

        enable_acl = self.enable_acl

        enable_publicip = self.enable_publicip

        publicip_id = self.publicip_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if enable_acl is not UNSET:
            field_dict["enable_acl"] = enable_acl
        if enable_publicip is not UNSET:
            field_dict["enable_publicip"] = enable_publicip
        if publicip_id is not UNSET:
            field_dict["publicip_id"] = publicip_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        enable_acl = d.pop("enable_acl", UNSET)

        enable_publicip = d.pop("enable_publicip", UNSET)

        publicip_id = d.pop("publicip_id", UNSET)

        instance_update_request = cls(
            name=name,
            description=description,
            security_group_id=security_group_id,
            enable_acl=enable_acl,
            enable_publicip=enable_publicip,
            publicip_id=publicip_id,
        )

        instance_update_request.additional_properties = d
        return instance_update_request

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
