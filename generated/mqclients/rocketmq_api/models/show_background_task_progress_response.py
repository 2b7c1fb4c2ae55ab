"""ShowBackgroundTaskProgressResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.step_detail import StepDetail


@_attrs_define(repr=False)
class ShowBackgroundTaskProgressResponse(ModelWithExtras):
    """SDK model ShowBackgroundTaskProgressResponse (huaweicloudsdkrocketmq 3.1.219)."""

    progress_percentage: int | None = None
    """ How far the task has got (percent). """
    remain_time: int | None = None
    """ Time left. """
    step_list: list[StepDetail] | None = None
    """ The steps of the task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.progress_percentage is not None:
            field_dict["progress_percentage"] = self.progress_percentage
        if self.remain_time is not None:
            field_dict["remain_time"] = self.remain_time
        if self.step_list is not None:
            field_dict["step_list"] = [item0.to_dict() for item0 in self.step_list]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.step_detail import StepDetail  # noqa: PLC0415

        d = dict(src_dict)
        progress_percentage = d.pop("progress_percentage", None)
        remain_time = d.pop("remain_time", None)
        _step_list = d.pop("step_list", None)
        step_list: list[StepDetail] | None = (
            None if _step_list is None else [StepDetail.from_dict(item0) for item0 in _step_list]
        )
        model = cls(
            progress_percentage=progress_percentage,
            remain_time=remain_time,
            step_list=step_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
