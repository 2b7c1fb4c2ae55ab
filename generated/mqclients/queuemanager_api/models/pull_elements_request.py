"""PullElementsRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const

if TYPE_CHECKING:
    from ..models.pull_elements_params import PullElementsParams


@_attrs_define(repr=False)
class PullElementsRequest(ModelWithExtras):
    """The JSON-RPC 2.0 request for `qm.pull_elements`."""

    params: PullElementsParams
    """ The arguments of `qm.pull_elements`. """
    jsonrpc: Literal["2.0"] = "2.0"
    """ The JSON-RPC version, always "2.0". """
    id: int | str = 1
    """ The request's id, answered in the response's `id`. """
    method: Literal["qm.pull_elements"] = "qm.pull_elements"
    """ The method, `qm.pull_elements`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["jsonrpc"] = self.jsonrpc
        field_dict["id"] = self.id
        field_dict["method"] = self.method
        field_dict["params"] = self.params.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.pull_elements_params import PullElementsParams  # noqa: PLC0415

        d = dict(src_dict)
        _jsonrpc = d.pop("jsonrpc")
        jsonrpc: Literal["2.0"] = expect_const(_jsonrpc, "2.0", "jsonrpc")
        id = d.pop("id")
        _method = d.pop("method")
        method: Literal["qm.pull_elements"] = expect_const(_method, "qm.pull_elements", "method")
        _params = d.pop("params")
        params: PullElementsParams = PullElementsParams.from_dict(_params)
        model = cls(
            jsonrpc=jsonrpc,
            id=id,
            method=method,
            params=params,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
