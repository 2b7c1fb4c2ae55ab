"""ListMessageTraceForRocketMqResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.list_message_trace_resp_trace import ListMessageTraceRespTrace


@_attrs_define(repr=False)
class ListMessageTraceForRocketMqResponse(ModelWithExtras):
    """SDK model ListMessageTraceForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    total: float | None = None
    """ Total. """
    next_offset: int | None = None
    """ Next offset. """
    previous_offset: int | None = None
    """ Previous offset. """
    trace: list[ListMessageTraceRespTrace] | None = None
    """ The trace records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not None:
            field_dict["total"] = self.total
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        if self.previous_offset is not None:
            field_dict["previous_offset"] = self.previous_offset
        if self.trace is not None:
            field_dict["trace"] = [item0.to_dict() for item0 in self.trace]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.list_message_trace_resp_trace import ListMessageTraceRespTrace  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", None)
        next_offset = d.pop("next_offset", None)
        previous_offset = d.pop("previous_offset", None)
        _trace = d.pop("trace", None)
        trace: list[ListMessageTraceRespTrace] | None = (
            None if _trace is None else [ListMessageTraceRespTrace.from_dict(item0) for item0 in _trace]
        )
        model = cls(
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            trace=trace,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
