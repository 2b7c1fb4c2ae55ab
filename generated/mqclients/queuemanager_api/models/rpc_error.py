"""RpcError: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class RpcError(ModelWithExtras):
    """A JSON-RPC 2.0 error object; the request was refused before the call ran."""

    code: int
    """ The JSON-RPC error code: -32700 parse error, -32600 invalid request, -32601 method not found, -32602 invalid
    params, -32603 internal error. """
    message: str
    """ What was wrong, in English; for -32602 it names the field and the rule. """
    data: Any | None = None
    """ Details; for -32602 a list of `{field, rule, message}` objects, for a body too large `{max_bytes}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        if self.data is not None:
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        data = d.pop("data", None)
        model = cls(
            code=code,
            message=message,
            data=data,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
