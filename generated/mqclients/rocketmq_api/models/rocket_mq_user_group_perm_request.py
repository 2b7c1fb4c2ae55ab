from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rocket_mq_user_group_perm_request_perm import (
    RocketMQUserGroupPermRequestPerm,
    check_rocket_mq_user_group_perm_request_perm,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RocketMQUserGroupPermRequest")


@_attrs_define
class RocketMQUserGroupPermRequest:
    """A user's permission on one consumer group, as sent (doc table `group_perms`, 5-106/5-119; SDK UserGroupPerms)."""

    name: str | Unset = UNSET
    """ Name of the consumer group. """
    perm: RocketMQUserGroupPermRequestPerm | Unset = UNSET
    """ Permission on the consumer group: `SUB` subscribe, `DENY` none; the doc's examples also send `PUB|SUB`
    (and `PUB` is the remaining RocketMQ ACL value). Newer official SDKs accept only `SUB` and `DENY` here.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        perm: str | Unset = UNSET
        if not isinstance(self.perm, Unset):
            perm = self.perm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if perm is not UNSET:
            field_dict["perm"] = perm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _perm = d.pop("perm", UNSET)
        perm: RocketMQUserGroupPermRequestPerm | Unset
        if isinstance(_perm, Unset):
            perm = UNSET
        else:
            perm = check_rocket_mq_user_group_perm_request_perm(_perm)

        rocket_mq_user_group_perm_request = cls(
            name=name,
            perm=perm,
        )

        rocket_mq_user_group_perm_request.additional_properties = d
        return rocket_mq_user_group_perm_request

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
