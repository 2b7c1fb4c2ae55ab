"""PullElementsResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.element_info import ElementInfo


@_attrs_define(repr=False)
class PullElementsResult(ModelWithExtras):
    """What `qm.pull_elements` answers, its `code` and, when it is 0, `element_info` and `number`."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | None = None
    """ Why the call failed, in English (present when `code` is not 0). """
    element_info: list[ElementInfo] | None = None
    """ The elements taken, oldest first (empty when the queue is). """
    number: int | None = None
    """ How many elements `element_info` holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        if self.element_info is not None:
            field_dict["element_info"] = [item0.to_dict() for item0 in self.element_info]
        if self.number is not None:
            field_dict["number"] = self.number
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.element_info import ElementInfo  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message", None)
        _element_info = d.pop("element_info", None)
        element_info: list[ElementInfo] | None = (
            None if _element_info is None else [ElementInfo.from_dict(item0) for item0 in _element_info]
        )
        number = d.pop("number", None)
        model = cls(
            code=code,
            message=message,
            element_info=element_info,
            number=number,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
