from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_entry import MapEntry


T = TypeVar("T", bound="MapGetListResult")


@_attrs_define
class MapGetListResult:
    """What `qm.map_get_list` answers, its `code` and, when it is 0, `offset`, `size` and `list`."""

    code: int
    """ The result code; 0 on success. The other codes are listed in the `Result` schema. """
    message: str | Unset = UNSET
    """ Why the call failed, in English (present when `code` is not 0). """
    offset: int | Unset = UNSET
    """ The `offset` of the request. """
    size: int | Unset = UNSET
    """ How many pairs `list` holds. """
    list_: list[MapEntry] | Unset = UNSET
    """ The pairs, in key order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        offset = self.offset

        size = self.size

        list_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = []
            for list_item_data in self.list_:
                list_item = list_item_data.to_dict()
                list_.append(list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if offset is not UNSET:
            field_dict["offset"] = offset
        if size is not UNSET:
            field_dict["size"] = size
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_entry import MapEntry  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        offset = d.pop("offset", UNSET)

        size = d.pop("size", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: list[MapEntry] | Unset = UNSET
        if _list_ is not UNSET:
            list_ = []
            for list_item_data in _list_:
                list_item = MapEntry.from_dict(list_item_data)

                list_.append(list_item)

        map_get_list_result = cls(
            code=code,
            message=message,
            offset=offset,
            size=size,
            list_=list_,
        )

        map_get_list_result.additional_properties = d
        return map_get_list_result

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
