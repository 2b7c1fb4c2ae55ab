from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifyRecyclePolicyReq")


@_attrs_define
class ModifyRecyclePolicyReq:
    """SDK model ModifyRecyclePolicyReq (huaweicloudsdkrocketmq 3.1.219)."""

    retention_days: int | Unset = UNSET
    """ Days a deleted instance stays in the recycle bin, 1 to 7. """
    default_use_recycle: bool | Unset = UNSET
    """ true: deleted instances go to the recycle bin; false: they are deleted at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retention_days = self.retention_days

        default_use_recycle = self.default_use_recycle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if default_use_recycle is not UNSET:
            field_dict["default_use_recycle"] = default_use_recycle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retention_days = d.pop("retention_days", UNSET)

        default_use_recycle = d.pop("default_use_recycle", UNSET)

        modify_recycle_policy_req = cls(
            retention_days=retention_days,
            default_use_recycle=default_use_recycle,
        )

        modify_recycle_policy_req.additional_properties = d
        return modify_recycle_policy_req

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
