"""V1InstanceList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.history_instance import HistoryInstance


@_attrs_define(repr=False)
class V1InstanceList(ModelWithExtras):
    """The project's instances, all in one answer (002 table 8-8)."""

    instances: list[HistoryInstance] | None = None
    """ The instances. """
    instance_num: int | None = None
    """ Number of instances. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.instances is not None:
            field_dict["instances"] = [item0.to_dict() for item0 in self.instances]
        if self.instance_num is not None:
            field_dict["instance_num"] = self.instance_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.history_instance import HistoryInstance  # noqa: PLC0415

        d = dict(src_dict)
        _instances = d.pop("instances", None)
        instances: list[HistoryInstance] | None = (
            None if _instances is None else [HistoryInstance.from_dict(item0) for item0 in _instances]
        )
        instance_num = d.pop("instance_num", None)
        model = cls(
            instances=instances,
            instance_num=instance_num,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
