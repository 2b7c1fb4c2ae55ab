"""MessageResendResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class MessageResendResult(ModelWithExtras):
    """The outcome for one message (doc table `resend_results`, 5-98/5-102)."""

    msg_id: str | None = None
    """ Message id. """
    error_code: str | None = None
    """ Result code; `DMS.00000000` on success. """
    error_message: str | None = None
    """ Result message; `Success.` on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.msg_id is not None:
            field_dict["msg_id"] = self.msg_id
        if self.error_code is not None:
            field_dict["error_code"] = self.error_code
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        msg_id = d.pop("msg_id", None)
        error_code = d.pop("error_code", None)
        error_message = d.pop("error_message", None)
        model = cls(
            msg_id=msg_id,
            error_code=error_code,
            error_message=error_message,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
