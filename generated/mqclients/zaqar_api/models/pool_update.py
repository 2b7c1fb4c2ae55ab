from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_update_options import PoolUpdateOptions


T = TypeVar("T", bound="PoolUpdate")


@_attrs_define
class PoolUpdate:
    """The pool fields to change; at least one."""

    uri: str | Unset = UNSET
    """ New URI of the pool's message store. """
    weight: int | Unset = UNSET
    """ New weight. """
    flavor: str | Unset = UNSET
    """ New flavor of the pool. """
    options: PoolUpdateOptions | Unset = UNSET
    """ New store-specific options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uri = self.uri

        weight = self.weight

        flavor = self.flavor

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uri is not UNSET:
            field_dict["uri"] = uri
        if weight is not UNSET:
            field_dict["weight"] = weight
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_update_options import PoolUpdateOptions  # noqa: PLC0415

        d = dict(src_dict)
        uri = d.pop("uri", UNSET)

        weight = d.pop("weight", UNSET)

        flavor = d.pop("flavor", UNSET)

        _options = d.pop("options", UNSET)
        options: PoolUpdateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PoolUpdateOptions.from_dict(_options)

        pool_update = cls(
            uri=uri,
            weight=weight,
            flavor=flavor,
            options=options,
        )

        pool_update.additional_properties = d
        return pool_update

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

    # x-secret in the spec: masked in repr() and mqclients._core.redact.redacted_dict(); to_dict() keeps them.
    _SECRET_FIELDS = ("uri",)

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
