from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchDeleteRocketMqMigrationTaskResponse")


@_attrs_define
class BatchDeleteRocketMqMigrationTaskResponse:
    """SDK model BatchDeleteRocketMqMigrationTaskResponse (huaweicloudsdkrocketmq 3.1.219)."""

    success_task_list: list[str] | Unset = UNSET
    """ IDs of the tasks deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_task_list: list[str] | Unset = UNSET
        if not isinstance(self.success_task_list, Unset):
            success_task_list = self.success_task_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_task_list is not UNSET:
            field_dict["success_task_list"] = success_task_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success_task_list = cast(list[str], d.pop("success_task_list", UNSET))

        batch_delete_rocket_mq_migration_task_response = cls(
            success_task_list=success_task_list,
        )

        batch_delete_rocket_mq_migration_task_response.additional_properties = d
        return batch_delete_rocket_mq_migration_task_response

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
