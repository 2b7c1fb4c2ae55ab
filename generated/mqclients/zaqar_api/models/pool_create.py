"""PoolCreate: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.pool_create_options import PoolCreateOptions


@_attrs_define(repr=False)
class PoolCreate(ModelWithExtras):
    """A pool to register."""

    uri: str
    """ URI of the pool's message store (`redis://...`, `mongodb://...`); the server must be able to connect to it.
    """
    weight: int
    """ Relative chance that a new queue is placed in this pool. """
    flavor: str | None = None
    """ A flavor to put the pool in (the flavor must exist). """
    options: PoolCreateOptions | None = None
    """ Store-specific options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    # x-secret in the spec: masked in repr() and mqclients._core.redact.redacted_dict(); to_dict() keeps them.
    _SECRET_FIELDS = ("uri",)

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["uri"] = self.uri
        field_dict["weight"] = self.weight
        if self.flavor is not None:
            field_dict["flavor"] = self.flavor
        if self.options is not None:
            field_dict["options"] = self.options.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.pool_create_options import PoolCreateOptions  # noqa: PLC0415

        d = dict(src_dict)
        uri = d.pop("uri")
        weight = d.pop("weight")
        flavor = d.pop("flavor", None)
        _options = d.pop("options", None)
        options: PoolCreateOptions | None = None if _options is None else PoolCreateOptions.from_dict(_options)
        model = cls(
            uri=uri,
            weight=weight,
            flavor=flavor,
            options=options,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
