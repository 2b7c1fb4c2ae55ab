from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_options import PoolOptions


T = TypeVar("T", bound="Pool")


@_attrs_define
class Pool:
    """A registered storage pool."""

    name: str
    """ Name of the pool. """
    uri: str
    """ URI of the pool's message store, as registered (credentials included). """
    weight: int
    """ Relative chance that a new queue is placed in this pool. """
    href: str
    """ Path of the pool. """
    flavor: None | str | Unset = UNSET
    """ The flavor the pool belongs to; null or empty when none. """
    options: PoolOptions | Unset = UNSET
    """ Store-specific options; only with `detailed=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uri = self.uri

        weight = self.weight

        href = self.href

        flavor: None | str | Unset
        if isinstance(self.flavor, Unset):
            flavor = UNSET
        else:
            flavor = self.flavor

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "uri": uri,
                "weight": weight,
                "href": href,
            }
        )
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pool_options import PoolOptions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        uri = d.pop("uri")

        weight = d.pop("weight")

        href = d.pop("href")

        def _parse_flavor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flavor = _parse_flavor(d.pop("flavor", UNSET))

        _options = d.pop("options", UNSET)
        options: PoolOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = PoolOptions.from_dict(_options)

        pool = cls(
            name=name,
            uri=uri,
            weight=weight,
            href=href,
            flavor=flavor,
            options=options,
        )

        pool.additional_properties = d
        return pool

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
