from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_recycle_info import InstanceRecycleInfo


T = TypeVar("T", bound="ModifyRecyclePolicyResponse")


@_attrs_define
class ModifyRecyclePolicyResponse:
    """SDK model ModifyRecyclePolicyResponse (huaweicloudsdkrocketmq 3.1.219)."""

    retention_days: int | Unset = UNSET
    """ Days a deleted instance is kept, 1 to 7. """
    default_use_recycle: bool | Unset = UNSET
    """ Whether deleted instances go to the recycle bin. """
    recycle_instances: list[InstanceRecycleInfo] | Unset = UNSET
    """ Instances in the recycle bin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retention_days = self.retention_days

        default_use_recycle = self.default_use_recycle

        recycle_instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recycle_instances, Unset):
            recycle_instances = []
            for recycle_instances_item_data in self.recycle_instances:
                recycle_instances_item = recycle_instances_item_data.to_dict()
                recycle_instances.append(recycle_instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retention_days is not UNSET:
            field_dict["retention_days"] = retention_days
        if default_use_recycle is not UNSET:
            field_dict["default_use_recycle"] = default_use_recycle
        if recycle_instances is not UNSET:
            field_dict["recycle_instances"] = recycle_instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_recycle_info import InstanceRecycleInfo  # noqa: PLC0415

        d = dict(src_dict)
        retention_days = d.pop("retention_days", UNSET)

        default_use_recycle = d.pop("default_use_recycle", UNSET)

        _recycle_instances = d.pop("recycle_instances", UNSET)
        recycle_instances: list[InstanceRecycleInfo] | Unset = UNSET
        if _recycle_instances is not UNSET:
            recycle_instances = []
            for recycle_instances_item_data in _recycle_instances:
                recycle_instances_item = InstanceRecycleInfo.from_dict(recycle_instances_item_data)

                recycle_instances.append(recycle_instances_item)

        modify_recycle_policy_response = cls(
            retention_days=retention_days,
            default_use_recycle=default_use_recycle,
            recycle_instances=recycle_instances,
        )

        modify_recycle_policy_response.additional_properties = d
        return modify_recycle_policy_response

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
