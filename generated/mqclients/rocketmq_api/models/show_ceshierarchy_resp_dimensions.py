from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_ceshierarchy_resp_children import ShowCeshierarchyRespChildren


T = TypeVar("T", bound="ShowCeshierarchyRespDimensions")


@_attrs_define
class ShowCeshierarchyRespDimensions:
    """SDK model ShowCeshierarchyRespDimensions (huaweicloudsdkrocketmq 3.1.219)."""

    name: str | Unset = UNSET
    """ Dimension name. """
    metrics: list[str] | Unset = UNSET
    """ Metric names. """
    key_name: list[str] | Unset = UNSET
    """ Keys used to query the metrics. """
    dim_router: list[str] | Unset = UNSET
    """ Dimension route. """
    children: list[ShowCeshierarchyRespChildren] | Unset = UNSET
    """ Sub-dimensions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics

        key_name: list[str] | Unset = UNSET
        if not isinstance(self.key_name, Unset):
            key_name = self.key_name

        dim_router: list[str] | Unset = UNSET
        if not isinstance(self.dim_router, Unset):
            dim_router = self.dim_router

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if dim_router is not UNSET:
            field_dict["dim_router"] = dim_router
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.show_ceshierarchy_resp_children import ShowCeshierarchyRespChildren  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        metrics = cast(list[str], d.pop("metrics", UNSET))

        key_name = cast(list[str], d.pop("key_name", UNSET))

        dim_router = cast(list[str], d.pop("dim_router", UNSET))

        _children = d.pop("children", UNSET)
        children: list[ShowCeshierarchyRespChildren] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = ShowCeshierarchyRespChildren.from_dict(children_item_data)

                children.append(children_item)

        show_ceshierarchy_resp_dimensions = cls(
            name=name,
            metrics=metrics,
            key_name=key_name,
            dim_router=dim_router,
            children=children,
        )

        show_ceshierarchy_resp_dimensions.additional_properties = d
        return show_ceshierarchy_resp_dimensions

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
