"""AddResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const

if TYPE_CHECKING:
    from ..models.add_result import AddResult
    from ..models.rpc_error import RpcError


@_attrs_define(repr=False)
class AddResponse(ModelWithExtras):
    """The JSON-RPC 2.0 answer to `qm.add`, with `result` (the call ran: see its `code`) or `error` (the request was
    refused)."""

    jsonrpc: Literal["2.0"]
    """ The JSON-RPC version, always "2.0". """
    id: int | str | None
    """ The request's id (null when the request was too malformed to read it). """
    result: AddResult | None = None
    """ What `qm.add` answers, the result code. """
    error: RpcError | None = None
    """ A JSON-RPC 2.0 error object; the request was refused before the call ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["jsonrpc"] = self.jsonrpc
        field_dict["id"] = self.id
        if self.result is not None:
            field_dict["result"] = self.result.to_dict()
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.add_result import AddResult  # noqa: PLC0415
        from ..models.rpc_error import RpcError  # noqa: PLC0415

        d = dict(src_dict)
        _jsonrpc = d.pop("jsonrpc")
        jsonrpc: Literal["2.0"] = expect_const(_jsonrpc, "2.0", "jsonrpc")
        id = d.pop("id")
        _result = d.pop("result", None)
        result: AddResult | None = None if _result is None else AddResult.from_dict(_result)
        _error = d.pop("error", None)
        error: RpcError | None = None if _error is None else RpcError.from_dict(_error)
        model = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
