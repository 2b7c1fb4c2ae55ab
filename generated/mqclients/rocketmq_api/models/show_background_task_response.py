"""ShowBackgroundTaskResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.list_background_tasks_resp_tasks import ListBackgroundTasksRespTasks


@_attrs_define(repr=False)
class ShowBackgroundTaskResponse(ModelWithExtras):
    """SDK model ShowBackgroundTaskResponse (huaweicloudsdkrocketmq 3.1.219)."""

    task_count: str | None = None
    """ Number of tasks (a string on the page and in the SDK). """
    tasks: list[ListBackgroundTasksRespTasks] | None = None
    """ The task, as a one-item list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.task_count is not None:
            field_dict["task_count"] = self.task_count
        if self.tasks is not None:
            field_dict["tasks"] = [item0.to_dict() for item0 in self.tasks]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.list_background_tasks_resp_tasks import ListBackgroundTasksRespTasks  # noqa: PLC0415

        d = dict(src_dict)
        task_count = d.pop("task_count", None)
        _tasks = d.pop("tasks", None)
        tasks: list[ListBackgroundTasksRespTasks] | None = (
            None if _tasks is None else [ListBackgroundTasksRespTasks.from_dict(item0) for item0 in _tasks]
        )
        model = cls(
            task_count=task_count,
            tasks=tasks,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
