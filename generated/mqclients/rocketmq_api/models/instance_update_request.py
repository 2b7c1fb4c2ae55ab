"""InstanceUpdateRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class InstanceUpdateRequest(ModelWithExtras):
    """Changes to an instance (doc UpdateInstanceReq, §5.1.5 table 5-15)."""

    name: str | None = None
    """ New name, 4 to 64 characters; starts with a letter, then letters, digits and `-`. """
    description: str | None = None
    """ New description, at most 1024 characters. """
    security_group_id: str | None = None
    """ Security group id (VPC console, security group details page). """
    enable_acl: bool | None = None
    """ Turn access control (ACL) on or off. """
    enable_publicip: bool | None = None
    """ Turn public access on or off. """
    publicip_id: str | None = None
    """ Ids of the elastic IPs to bind, comma-separated; required when enable_publicip is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.security_group_id is not None:
            field_dict["security_group_id"] = self.security_group_id
        if self.enable_acl is not None:
            field_dict["enable_acl"] = self.enable_acl
        if self.enable_publicip is not None:
            field_dict["enable_publicip"] = self.enable_publicip
        if self.publicip_id is not None:
            field_dict["publicip_id"] = self.publicip_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        description = d.pop("description", None)
        security_group_id = d.pop("security_group_id", None)
        enable_acl = d.pop("enable_acl", None)
        enable_publicip = d.pop("enable_publicip", None)
        publicip_id = d.pop("publicip_id", None)
        model = cls(
            name=name,
            description=description,
            security_group_id=security_group_id,
            enable_acl=enable_acl,
            enable_publicip=enable_publicip,
            publicip_id=publicip_id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
