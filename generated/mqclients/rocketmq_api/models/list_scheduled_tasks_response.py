from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scheduled_task_entity import ScheduledTaskEntity


T = TypeVar("T", bound="ListScheduledTasksResponse")


@_attrs_define
class ListScheduledTasksResponse:
    """SDK model ListScheduledTasksResponse (huaweicloudsdkrocketmq 3.1.219)."""

    job_count: int | Unset = UNSET
    """ Number of scheduled tasks (String on the page, int in the SDK). """
    jobs: list[ScheduledTaskEntity] | Unset = UNSET
    """ The scheduled tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_count = self.job_count

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_count is not UNSET:
            field_dict["job_count"] = job_count
        if jobs is not UNSET:
            field_dict["jobs"] = jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scheduled_task_entity import ScheduledTaskEntity  # noqa: PLC0415

        d = dict(src_dict)
        job_count = d.pop("job_count", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[ScheduledTaskEntity] | Unset = UNSET
        if _jobs is not UNSET:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = ScheduledTaskEntity.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        list_scheduled_tasks_response = cls(
            job_count=job_count,
            jobs=jobs,
        )

        list_scheduled_tasks_response.additional_properties = d
        return list_scheduled_tasks_response

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
