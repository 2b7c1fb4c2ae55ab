"""ListQueueResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.queue_summary import QueueSummary


@_attrs_define(repr=False)
class ListQueueResponse(ModelWithExtras):
    """ListQueue's answer, one page."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    total_count: int | None = None
    """ How many queues match in all (not the size of this page). """
    queue_list: list[QueueSummary] | None = None
    """ This page's queues. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        if self.total_count is not None:
            field_dict["totalCount"] = self.total_count
        if self.queue_list is not None:
            field_dict["queueList"] = [item0.to_dict() for item0 in self.queue_list]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.queue_summary import QueueSummary  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        total_count = d.pop("totalCount", None)
        _queue_list = d.pop("queueList", None)
        queue_list: list[QueueSummary] | None = (
            None if _queue_list is None else [QueueSummary.from_dict(item0) for item0 in _queue_list]
        )
        model = cls(
            code=code,
            message=message,
            request_id=request_id,
            total_count=total_count,
            queue_list=queue_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
