from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowCeshierarchyRespChildren")


@_attrs_define
class ShowCeshierarchyRespChildren:
    """SDK model ShowCeshierarchyRespChildren (huaweicloudsdkrocketmq 3.1.219)."""

    name: str | Unset = UNSET
    """ Sub-dimension name. """
    metrics: list[str] | Unset = UNSET
    """ Metric names. """
    key_name: list[str] | Unset = UNSET
    """ Keys used to query the metrics. """
    dim_router: list[str] | Unset = UNSET
    """ Dimension route. """
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        metrics = cast(list[str], d.pop("metrics", UNSET))

        key_name = cast(list[str], d.pop("key_name", UNSET))

        dim_router = cast(list[str], d.pop("dim_router", UNSET))

        show_ceshierarchy_resp_children = cls(
            name=name,
            metrics=metrics,
            key_name=key_name,
            dim_router=dim_router,
        )

        show_ceshierarchy_resp_children.additional_properties = d
        return show_ceshierarchy_resp_children

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
