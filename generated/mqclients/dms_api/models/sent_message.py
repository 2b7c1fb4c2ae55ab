"""SentMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class SentMessage(ModelWithExtras):
    """The outcome of one sent message."""

    state: int | None = None
    """ 0 when the message was stored, 1 when it was not. """
    error: str | None = None
    """ Why the message was not stored (when `state` is 1). """
    error_code: int | None = None
    """ Code of the failure (when `state` is 1). """
    id: str | None = None
    """ Id of the stored message; only answered when `returnId` was true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.state is not None:
            field_dict["state"] = self.state
        if self.error is not None:
            field_dict["error"] = self.error
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        if self.id is not None:
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        state = d.pop("state", None)
        error = d.pop("error", None)
        error_code = d.pop("error_code", None)
        id = d.pop("id", None)
        model = cls(
            state=state,
            error=error,
            error_code=error_code,
            id=id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
