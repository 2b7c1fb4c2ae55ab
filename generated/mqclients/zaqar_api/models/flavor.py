from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Flavor")


@_attrs_define
class Flavor:
    """A flavor (a named group of pools)."""

    name: str
    """ Name of the flavor. """
    href: str
    """ Path of the flavor. """
    pool_list: list[str] | Unset = UNSET
    """ Names of the flavor's pools (a listing leaves it out when there are none). """
    capabilities: list[str] | Unset = UNSET
    """ Names of the store capabilities (`FIFO`, `CLAIMS`, `AOD`, `HIGH_THROUGHPUT`, ...); on a single flavor
    always, in a listing only with `detailed=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        href = self.href

        pool_list: list[str] | Unset = UNSET
        if not isinstance(self.pool_list, Unset):
            pool_list = self.pool_list

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "href": href,
            }
        )
        if pool_list is not UNSET:
            field_dict["pool_list"] = pool_list
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        href = d.pop("href")

        pool_list = cast(list[str], d.pop("pool_list", UNSET))

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        flavor = cls(
            name=name,
            href=href,
            pool_list=pool_list,
            capabilities=capabilities,
        )

        flavor.additional_properties = d
        return flavor

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
