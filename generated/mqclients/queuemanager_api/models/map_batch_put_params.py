from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0
    from ..models.map_batch_put_params_list_type_1_item import MapBatchPutParamsListType1Item


T = TypeVar("T", bound="MapBatchPutParams")


@_attrs_define
class MapBatchPutParams:
    """The arguments of `qm.map_batch_put`."""

    map_: str
    """ Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    list_: list[MapBatchPutParamsListType1Item] | MapBatchPutParamsListType0
    """ The pairs to put, as one object or as an array of one-pair objects; 1 to 1,000 pairs, keys of 1 to 1,024
    characters, values of at most 65,536. """
    token: str | Unset = UNSET
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    size: int | Unset = UNSET
    """ The number of pairs in `list`; optional, checked when given. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0  # noqa: PLC0415

        map_ = self.map_

        list_: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.list_, MapBatchPutParamsListType0):
            list_ = self.list_.to_dict()
        else:
            list_ = []
            for list_type_1_item_data in self.list_:
                list_type_1_item = list_type_1_item_data.to_dict()
                list_.append(list_type_1_item)

        token = self.token

        size = self.size

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "map": map_,
                "list": list_,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.map_batch_put_params_list_type_0 import MapBatchPutParamsListType0  # noqa: PLC0415
        from ..models.map_batch_put_params_list_type_1_item import MapBatchPutParamsListType1Item  # noqa: PLC0415

        d = dict(src_dict)
        map_ = d.pop("map")

        def _parse_list_(data: object) -> list[MapBatchPutParamsListType1Item] | MapBatchPutParamsListType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                list_type_0 = MapBatchPutParamsListType0.from_dict(data)

                return list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            list_type_1 = []
            _list_type_1 = data
            for list_type_1_item_data in _list_type_1:
                list_type_1_item = MapBatchPutParamsListType1Item.from_dict(list_type_1_item_data)

                list_type_1.append(list_type_1_item)

            return list_type_1

        list_ = _parse_list_(d.pop("list"))

        token = d.pop("token", UNSET)

        size = d.pop("size", UNSET)

        map_batch_put_params = cls(
            map_=map_,
            list_=list_,
            token=token,
            size=size,
        )

        return map_batch_put_params

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
