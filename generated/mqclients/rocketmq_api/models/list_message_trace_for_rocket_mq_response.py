from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_message_trace_resp_trace import ListMessageTraceRespTrace


T = TypeVar("T", bound="ListMessageTraceForRocketMqResponse")


@_attrs_define
class ListMessageTraceForRocketMqResponse:
    """SDK model ListMessageTraceForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    total: float | Unset = UNSET
    """ Total. """
    next_offset: int | Unset = UNSET
    """ Next offset. """
    previous_offset: int | Unset = UNSET
    """ Previous offset. """
    trace: list[ListMessageTraceRespTrace] | Unset = UNSET
    """ The trace records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        next_offset = self.next_offset

        previous_offset = self.previous_offset

        trace: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = []
            for trace_item_data in self.trace:
                trace_item = trace_item_data.to_dict()
                trace.append(trace_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if previous_offset is not UNSET:
            field_dict["previous_offset"] = previous_offset
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_message_trace_resp_trace import ListMessageTraceRespTrace  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        next_offset = d.pop("next_offset", UNSET)

        previous_offset = d.pop("previous_offset", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: list[ListMessageTraceRespTrace] | Unset = UNSET
        if _trace is not UNSET:
            trace = []
            for trace_item_data in _trace:
                trace_item = ListMessageTraceRespTrace.from_dict(trace_item_data)

                trace.append(trace_item)

        list_message_trace_for_rocket_mq_response = cls(
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            trace=trace,
        )

        list_message_trace_for_rocket_mq_response.additional_properties = d
        return list_message_trace_for_rocket_mq_response

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
