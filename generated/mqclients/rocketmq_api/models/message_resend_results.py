"""MessageResendResults: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.message_resend_result import MessageResendResult


@_attrs_define(repr=False)
class MessageResendResults(ModelWithExtras):
    """Per-message outcome of a dead-letter resend or a consumption verification (doc tables 5-97/5-101)."""

    resend_results: list[MessageResendResult] | None = None
    """ One result per message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.resend_results is not None:
            field_dict["resend_results"] = [item0.to_dict() for item0 in self.resend_results]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.message_resend_result import MessageResendResult  # noqa: PLC0415

        d = dict(src_dict)
        _resend_results = d.pop("resend_results", None)
        resend_results: list[MessageResendResult] | None = (
            None if _resend_results is None else [MessageResendResult.from_dict(item0) for item0 in _resend_results]
        )
        model = cls(
            resend_results=resend_results,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
