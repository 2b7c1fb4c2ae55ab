"""MessageTraceList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.message_trace import MessageTrace


@_attrs_define(repr=False)
class MessageTraceList(ModelWithExtras):
    """The trace of one message (doc table 5-88)."""

    trace: list[MessageTrace] | None = None
    """ The trace records. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.trace is not None:
            field_dict["trace"] = [item0.to_dict() for item0 in self.trace]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.message_trace import MessageTrace  # noqa: PLC0415

        d = dict(src_dict)
        _trace = d.pop("trace", None)
        trace: list[MessageTrace] | None = (
            None if _trace is None else [MessageTrace.from_dict(item0) for item0 in _trace]
        )
        model = cls(
            trace=trace,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
