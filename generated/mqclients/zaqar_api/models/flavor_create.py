"""FlavorCreate: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.flavor_create_capabilities import FlavorCreateCapabilities


@_attrs_define(repr=False)
class FlavorCreate(ModelWithExtras):
    """A flavor to create."""

    pool_list: list[str]
    """ Names of registered pools (at least one). """
    capabilities: FlavorCreateCapabilities | None = None
    """ Accepted and ignored; the flavor takes its first pool's capabilities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pool_list"] = self.pool_list
        if self.capabilities is not None:
            field_dict["capabilities"] = self.capabilities.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.flavor_create_capabilities import FlavorCreateCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        pool_list = d.pop("pool_list")
        _capabilities = d.pop("capabilities", None)
        capabilities: FlavorCreateCapabilities | None = (
            None if _capabilities is None else FlavorCreateCapabilities.from_dict(_capabilities)
        )
        model = cls(
            pool_list=pool_list,
            capabilities=capabilities,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
