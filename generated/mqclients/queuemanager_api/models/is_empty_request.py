from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.is_empty_params import IsEmptyParams


T = TypeVar("T", bound="IsEmptyRequest")


@_attrs_define
class IsEmptyRequest:
    """The JSON-RPC 2.0 request for `qm.is_empty`."""

    params: IsEmptyParams
    """ The arguments of `qm.is_empty`. """
    jsonrpc: Literal["2.0"] = "2.0"
    """ The JSON-RPC version, always "2.0". """
    id: int | str = 1
    """ The request's id, answered in the response's `id`. """
    method: Literal["qm.is_empty"] = "qm.is_empty"
    """ The method, `qm.is_empty`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        id: int | str
        id = self.id

        method = self.method

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "id": id,
                "method": method,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.is_empty_params import IsEmptyParams  # noqa: PLC0415

        d = dict(src_dict)
        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        method = cast(Literal["qm.is_empty"], d.pop("method"))
        if method != "qm.is_empty":
            raise ValueError(f"method must match const 'qm.is_empty', got '{method}'")

        params = IsEmptyParams.from_dict(d.pop("params"))

        is_empty_request = cls(
            jsonrpc=jsonrpc,
            id=id,
            method=method,
            params=params,
        )

        is_empty_request.additional_properties = d
        return is_empty_request

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
