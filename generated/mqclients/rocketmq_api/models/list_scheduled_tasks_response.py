"""ListScheduledTasksResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.scheduled_task_entity import ScheduledTaskEntity


@_attrs_define(repr=False)
class ListScheduledTasksResponse(ModelWithExtras):
    """SDK model ListScheduledTasksResponse (huaweicloudsdkrocketmq 3.1.219)."""

    job_count: int | None = None
    """ Number of scheduled tasks (String on the page, int in the SDK). """
    jobs: list[ScheduledTaskEntity] | None = None
    """ The scheduled tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.job_count is not None:
            field_dict["job_count"] = self.job_count
        if self.jobs is not None:
            field_dict["jobs"] = [item0.to_dict() for item0 in self.jobs]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.scheduled_task_entity import ScheduledTaskEntity  # noqa: PLC0415

        d = dict(src_dict)
        job_count = d.pop("job_count", None)
        _jobs = d.pop("jobs", None)
        jobs: list[ScheduledTaskEntity] | None = (
            None if _jobs is None else [ScheduledTaskEntity.from_dict(item0) for item0 in _jobs]
        )
        model = cls(
            job_count=job_count,
            jobs=jobs,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
