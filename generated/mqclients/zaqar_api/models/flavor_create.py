from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flavor_create_capabilities import FlavorCreateCapabilities


T = TypeVar("T", bound="FlavorCreate")


@_attrs_define
class FlavorCreate:
    """A flavor to create."""

    pool_list: list[str]
    """ Names of registered pools (at least one). """
    capabilities: FlavorCreateCapabilities | Unset = UNSET
    """ Accepted and ignored; the flavor takes its first pool's capabilities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_list = self.pool_list

        capabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pool_list": pool_list,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flavor_create_capabilities import FlavorCreateCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        pool_list = cast(list[str], d.pop("pool_list"))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: FlavorCreateCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = FlavorCreateCapabilities.from_dict(_capabilities)

        flavor_create = cls(
            pool_list=pool_list,
            capabilities=capabilities,
        )

        flavor_create.additional_properties = d
        return flavor_create

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
