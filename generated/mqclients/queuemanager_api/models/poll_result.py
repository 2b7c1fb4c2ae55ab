"""PollResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class PollResult(ModelWithExtras):
    """What `qm.poll` answers, its `code` and, when it is 0, `element` and `message_id`."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | None = None
    """ Why the call failed, in English (present when `code` is not 0). """
    element: str | None = None
    """ The element taken from the queue. """
    message_id: int | None = None
    """ The element's message id, to pass to `ack`. Unique on the server and never reused; an element delivered
    again keeps its id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        if self.element is not None:
            field_dict["element"] = self.element
        if self.message_id is not None:
            field_dict["message_id"] = self.message_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message", None)
        element = d.pop("element", None)
        message_id = d.pop("message_id", None)
        model = cls(
            code=code,
            message=message,
            element=element,
            message_id=message_id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
