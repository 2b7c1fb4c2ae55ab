"""MapBatchPutParams: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model

if TYPE_CHECKING:
    from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0
    from ..models.map_batch_put_params_list_type_1_item import MapBatchPutParamsListType1Item


@_attrs_define(repr=False)
class MapBatchPutParams(Model):
    """The arguments of `qm.map_batch_put`."""

    map_: str
    """ Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    list_: list[MapBatchPutParamsListType1Item] | MapBatchPutParamsListType0
    """ The pairs to put, as one object or as an array of one-pair objects; 1 to 1,000 pairs, keys of 1 to 1,024
    characters, values of at most 65,536. """
    token: str | None = None
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    size: int | None = None
    """ The number of pairs in `list`; optional, checked when given. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        field_dict["map"] = self.map_
        field_dict["list"] = (
            self.list_.to_dict()
            if isinstance(self.list_, MapBatchPutParamsListType0)
            else [item0.to_dict() for item0 in self.list_]
        )
        if self.token is not None:
            field_dict["token"] = self.token
        if self.size is not None:
            field_dict["size"] = self.size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0  # noqa: PLC0415
        from ..models.map_batch_put_params_list_type_1_item import MapBatchPutParamsListType1Item  # noqa: PLC0415

        d = dict(src_dict)
        map_ = d.pop("map")
        _list_ = d.pop("list")
        list_: list[MapBatchPutParamsListType1Item] | MapBatchPutParamsListType0 = (
            MapBatchPutParamsListType0.from_dict(_list_)
            if isinstance(_list_, Mapping)
            else [MapBatchPutParamsListType1Item.from_dict(item0) for item0 in _list_]
        )
        token = d.pop("token", None)
        size = d.pop("size", None)
        model = cls(
            map_=map_,
            list_=list_,
            token=token,
            size=size,
        )
        return model
