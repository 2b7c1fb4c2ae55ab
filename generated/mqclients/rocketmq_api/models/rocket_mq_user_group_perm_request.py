"""RocketMQUserGroupPermRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.rocket_mq_user_group_perm_request_perm import (
    RocketMQUserGroupPermRequestPerm,
    check_rocket_mq_user_group_perm_request_perm,
)


@_attrs_define(repr=False)
class RocketMQUserGroupPermRequest(ModelWithExtras):
    """A user's permission on one consumer group, as sent (doc table `group_perms`, 5-106/5-119; SDK UserGroupPerms)."""

    name: str | None = None
    """ Name of the consumer group. """
    perm: RocketMQUserGroupPermRequestPerm | None = None
    """ Permission on the consumer group: `SUB` subscribe, `DENY` none; the doc's examples also send `PUB|SUB`
    (and `PUB` is the remaining RocketMQ ACL value). Newer official SDKs accept only `SUB` and `DENY` here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.perm is not None:
            field_dict["perm"] = self.perm
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        _perm = d.pop("perm", None)
        perm: RocketMQUserGroupPermRequestPerm | None = (
            None if _perm is None else check_rocket_mq_user_group_perm_request_perm(_perm)
        )
        model = cls(
            name=name,
            perm=perm,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
