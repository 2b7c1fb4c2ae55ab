"""Pool: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_options import PoolOptions


@_attrs_define(repr=False)
class Pool(ModelWithExtras):
    """A registered storage pool."""

    name: str
    """ Name of the pool. """
    uri: str
    """ URI of the pool's message store, as registered (credentials included). """
    weight: int
    """ Relative chance that a new queue is placed in this pool. """
    href: str
    """ Path of the pool. """
    _flavor: str | None | Unset = _attrs_field(default=UNSET, alias="flavor")
    options: PoolOptions | None = None
    """ Store-specific options; only with `detailed=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    # x-secret in the spec: masked in repr() and mqclients._core.redact.redacted_dict(); to_dict() keeps them.
    _SECRET_FIELDS = ("uri",)

    @property
    def flavor(self) -> str | None:
        """The flavor the pool belongs to; null or empty when none.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._flavor, Unset) else self._flavor

    @flavor.setter
    def flavor(self, value: str | None) -> None:
        self._flavor = value

    @flavor.deleter
    def flavor(self) -> None:
        self._flavor = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["uri"] = self.uri
        field_dict["weight"] = self.weight
        field_dict["href"] = self.href
        if not isinstance(self._flavor, Unset):
            field_dict["flavor"] = self._flavor
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.pool_options import PoolOptions  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        uri = d.pop("uri")
        weight = d.pop("weight")
        href = d.pop("href")
        flavor = d.pop("flavor", UNSET)
        _options = d.pop("options", None)
        options: PoolOptions | None = None if _options is None else PoolOptions.from_dict(_options)
        model = cls(
            name=name,
            uri=uri,
            weight=weight,
            href=href,
            flavor=flavor,
            options=options,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
