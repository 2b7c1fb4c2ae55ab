"""Flavor: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Flavor(ModelWithExtras):
    """A flavor (a named group of pools)."""

    name: str
    """ Name of the flavor. """
    href: str
    """ Path of the flavor. """
    pool_list: list[str] | None = None
    """ Names of the flavor's pools (a listing leaves it out when there are none). """
    capabilities: list[str] | None = None
    """ Names of the store capabilities (`FIFO`, `CLAIMS`, `AOD`, `HIGH_THROUGHPUT`, ...); on a single flavor
    always, in a listing only with `detailed=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["href"] = self.href
        if self.pool_list is not None:
            field_dict["pool_list"] = self.pool_list
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name")
        href = d.pop("href")
        pool_list = d.pop("pool_list", None)
        capabilities = d.pop("capabilities", None)
        model = cls(
            name=name,
            href=href,
            pool_list=pool_list,
            capabilities=capabilities,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
