from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_background_tasks_resp_tasks import ListBackgroundTasksRespTasks


T = TypeVar("T", bound="ListBackgroundTasksResponse")


@_attrs_define
class ListBackgroundTasksResponse:
    """SDK model ListBackgroundTasksResponse (huaweicloudsdkrocketmq 3.1.219)."""

    task_count: str | Unset = UNSET
    """ Number of tasks (a string on the page and in the SDK). """
    tasks: list[ListBackgroundTasksRespTasks] | Unset = UNSET
    """ The tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_count = self.task_count

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_count is not UNSET:
            field_dict["task_count"] = task_count
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_background_tasks_resp_tasks import ListBackgroundTasksRespTasks  # noqa: PLC0415

        d = dict(src_dict)
        task_count = d.pop("task_count", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ListBackgroundTasksRespTasks] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ListBackgroundTasksRespTasks.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        list_background_tasks_response = cls(
            task_count=task_count,
            tasks=tasks,
        )

        list_background_tasks_response.additional_properties = d
        return list_background_tasks_response

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
