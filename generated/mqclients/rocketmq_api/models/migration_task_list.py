from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migration_task import MigrationTask


T = TypeVar("T", bound="MigrationTaskList")


@_attrs_define
class MigrationTaskList:
    """The instance's migration tasks (doc table 5-149)."""

    total: int | Unset = UNSET
    """ Total number of migration tasks. """
    task: list[MigrationTask] | Unset = UNSET
    """ The tasks of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        task: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = []
            for task_item_data in self.task:
                task_item = task_item_data.to_dict()
                task.append(task_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migration_task import MigrationTask  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _task = d.pop("task", UNSET)
        task: list[MigrationTask] | Unset = UNSET
        if _task is not UNSET:
            task = []
            for task_item_data in _task:
                task_item = MigrationTask.from_dict(task_item_data)

                task.append(task_item)

        migration_task_list = cls(
            total=total,
            task=task,
        )

        migration_task_list.additional_properties = d
        return migration_task_list

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
