from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_create_options import PoolCreateOptions


T = TypeVar("T", bound="PoolCreate")


@_attrs_define
class PoolCreate:
    """A pool to register."""

    uri: str
    """ URI of the pool's message store (`redis://...`, `mongodb://...`); the server must be able to connect to it.
    """
    weight: int
    """ Relative chance that a new queue is placed in this pool. """
    flavor: str | Unset = UNSET
    """ A flavor to put the pool in (the flavor must exist). """
    options: PoolCreateOptions | Unset = UNSET
    """ Store-specific options. """
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
        field_dict.update(
            {
                "uri": uri,
                "weight": weight,
            }
        )
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_create_options import PoolCreateOptions  # noqa: PLC0415

        d = dict(src_dict)
        uri = d.pop("uri")

        weight = d.pop("weight")

        flavor = d.pop("flavor", UNSET)

        _options = d.pop("options", UNSET)
        options: PoolCreateOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PoolCreateOptions.from_dict(_options)

        pool_create = cls(
            uri=uri,
            weight=weight,
            flavor=flavor,
            options=options,
        )

        pool_create.additional_properties = d
        return pool_create

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
