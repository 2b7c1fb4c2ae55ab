from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_instance import HistoryInstance


T = TypeVar("T", bound="V1InstanceList")


@_attrs_define
class V1InstanceList:
    """The project's instances, all in one answer (002 table 8-8)."""

    instances: list[HistoryInstance] | Unset = UNSET
    """ The instances. """
    instance_num: int | Unset = UNSET
    """ Number of instances. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        instance_num = self.instance_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instances is not UNSET:
            field_dict["instances"] = instances
        if instance_num is not UNSET:
            field_dict["instance_num"] = instance_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_instance import HistoryInstance  # noqa: PLC0415

        d = dict(src_dict)
        _instances = d.pop("instances", UNSET)
        instances: list[HistoryInstance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = HistoryInstance.from_dict(instances_item_data)

                instances.append(instances_item)

        instance_num = d.pop("instance_num", UNSET)

        v1_instance_list = cls(
            instances=instances,
            instance_num=instance_num,
        )

        v1_instance_list.additional_properties = d
        return v1_instance_list

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
