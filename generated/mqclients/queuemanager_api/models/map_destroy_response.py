from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_destroy_result import MapDestroyResult
    from ..models.rpc_error import RpcError


T = TypeVar("T", bound="MapDestroyResponse")


@_attrs_define
class MapDestroyResponse:
    """The JSON-RPC 2.0 answer to `qm.map_destroy`, with `result` (the call ran: see its `code`) or `error` (the request
    was refused).

    """

    jsonrpc: Literal["2.0"]
    """ The JSON-RPC version, always "2.0". """
    id: int | None | str
    """ The request's id (null when the request was too malformed to read it). """
    result: MapDestroyResult | Unset = UNSET
    """ What `qm.map_destroy` answers, the result code. """
    error: RpcError | Unset = UNSET
    """ A JSON-RPC 2.0 error object; the request was refused before the call ran. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | None | str
        id = self.id

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_destroy_result import MapDestroyResult  # noqa: PLC0415
        from ..models.rpc_error import RpcError  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        def _parse_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        id = _parse_id(d.pop("id"))

        _result = d.pop("result", UNSET)
        result: MapDestroyResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = MapDestroyResult.from_dict(_result)

        _error = d.pop("error", UNSET)
        error: RpcError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = RpcError.from_dict(_error)

        map_destroy_response = cls(
            jsonrpc=jsonrpc,
            id=id,
            result=result,
            error=error,
        )

        map_destroy_response.additional_properties = d
        return map_destroy_response

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
