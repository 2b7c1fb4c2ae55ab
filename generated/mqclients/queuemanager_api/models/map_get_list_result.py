"""MapGetListResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.map_entry import MapEntry


@_attrs_define(repr=False)
class MapGetListResult(ModelWithExtras):
    """What `qm.map_get_list` answers, its `code` and, when it is 0, `offset`, `size` and `list`."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | None = None
    """ Why the call failed, in English (present when `code` is not 0). """
    offset: int | None = None
    """ The `offset` of the request. """
    size: int | None = None
    """ How many pairs `list` holds. """
    list_: list[MapEntry] | None = None
    """ The pairs, in key order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        if self.offset is not None:
            field_dict["offset"] = self.offset
        if self.size is not None:
            field_dict["size"] = self.size
        if self.list_ is not None:
            field_dict["list"] = [item0.to_dict() for item0 in self.list_]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.map_entry import MapEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message", None)
        offset = d.pop("offset", None)
        size = d.pop("size", None)
        _list_ = d.pop("list", None)
        list_: list[MapEntry] | None = None if _list_ is None else [MapEntry.from_dict(item0) for item0 in _list_]
        model = cls(
            code=code,
            message=message,
            offset=offset,
            size=size,
            list_=list_,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
