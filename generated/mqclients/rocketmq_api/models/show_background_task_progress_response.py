from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.step_detail import StepDetail


T = TypeVar("T", bound="ShowBackgroundTaskProgressResponse")


@_attrs_define
class ShowBackgroundTaskProgressResponse:
    """SDK model ShowBackgroundTaskProgressResponse (huaweicloudsdkrocketmq 3.1.219)."""

    progress_percentage: int | Unset = UNSET
    """ How far the task has got (percent). """
    remain_time: int | Unset = UNSET
    """ Time left. """
    step_list: list[StepDetail] | Unset = UNSET
    """ The steps of the task. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress_percentage = self.progress_percentage

        remain_time = self.remain_time

        step_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_list, Unset):
            step_list = []
            for step_list_item_data in self.step_list:
                step_list_item = step_list_item_data.to_dict()
                step_list.append(step_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if progress_percentage is not UNSET:
            field_dict["progress_percentage"] = progress_percentage
        if remain_time is not UNSET:
            field_dict["remain_time"] = remain_time
        if step_list is not UNSET:
            field_dict["step_list"] = step_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_detail import StepDetail  # noqa: PLC0415

        d = dict(src_dict)
        progress_percentage = d.pop("progress_percentage", UNSET)

        remain_time = d.pop("remain_time", UNSET)

        _step_list = d.pop("step_list", UNSET)
        step_list: list[StepDetail] | Unset = UNSET
        if _step_list is not UNSET:
            step_list = []
            for step_list_item_data in _step_list:
                step_list_item = StepDetail.from_dict(step_list_item_data)

                step_list.append(step_list_item)

        show_background_task_progress_response = cls(
            progress_percentage=progress_percentage,
            remain_time=remain_time,
            step_list=step_list,
        )

        show_background_task_progress_response.additional_properties = d
        return show_background_task_progress_response

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
