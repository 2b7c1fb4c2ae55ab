"""ShowRecycleInstancesResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.instance_recycle_info import InstanceRecycleInfo


@_attrs_define(repr=False)
class ShowRecycleInstancesResponse(ModelWithExtras):
    """SDK model ShowRecycleInstancesResponse (huaweicloudsdkrocketmq 3.1.219)."""

    retention_days: int | None = None
    """ Days a deleted instance is kept, 1 to 7. """
    default_use_recycle: bool | None = None
    """ Whether deleted instances go to the recycle bin. """
    recycle_instances: list[InstanceRecycleInfo] | None = None
    """ Instances in the recycle bin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.retention_days is not None:
            field_dict["retention_days"] = self.retention_days
        if self.default_use_recycle is not None:
            field_dict["default_use_recycle"] = self.default_use_recycle
        if self.recycle_instances is not None:
            field_dict["recycle_instances"] = [item0.to_dict() for item0 in self.recycle_instances]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.instance_recycle_info import InstanceRecycleInfo  # noqa: PLC0415

        d = dict(src_dict)
        retention_days = d.pop("retention_days", None)
        default_use_recycle = d.pop("default_use_recycle", None)
        _recycle_instances = d.pop("recycle_instances", None)
        recycle_instances: list[InstanceRecycleInfo] | None = (
            None
            if _recycle_instances is None
            else [InstanceRecycleInfo.from_dict(item0) for item0 in _recycle_instances]
        )
        model = cls(
            retention_days=retention_days,
            default_use_recycle=default_use_recycle,
            recycle_instances=recycle_instances,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
