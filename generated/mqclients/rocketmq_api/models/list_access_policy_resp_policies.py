from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListAccessPolicyRespPolicies")


@_attrs_define
class ListAccessPolicyRespPolicies:
    """SDK model ListAccessPolicyRespPolicies (huaweicloudsdkrocketmq 3.1.219)."""

    access_key: str | Unset = UNSET
    """ User name (access key). """
    white_remote_address: str | Unset = UNSET
    """ IP whitelist of the user. """
    admin: bool | Unset = UNSET
    """ Whether the user is an administrator. """
    perm: str | Unset = UNSET
    """ The user's permission on the topic or group: `PUB`, `SUB`, `PUB|SUB` or `DENY` (may be empty). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        white_remote_address = self.white_remote_address

        admin = self.admin

        perm = self.perm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if white_remote_address is not UNSET:
            field_dict["white_remote_address"] = white_remote_address
        if admin is not UNSET:
            field_dict["admin"] = admin
        if perm is not UNSET:
            field_dict["perm"] = perm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key = d.pop("access_key", UNSET)

        white_remote_address = d.pop("white_remote_address", UNSET)

        admin = d.pop("admin", UNSET)

        perm = d.pop("perm", UNSET)

        list_access_policy_resp_policies = cls(
            access_key=access_key,
            white_remote_address=white_remote_address,
            admin=admin,
            perm=perm,
        )

        list_access_policy_resp_policies.additional_properties = d
        return list_access_policy_resp_policies

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
