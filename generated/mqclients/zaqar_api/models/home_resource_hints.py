"""HomeResourceHints: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.home_resource_hints_formats import HomeResourceHintsFormats


@_attrs_define(repr=False)
class HomeResourceHints(ModelWithExtras):
    """How a home-document resource may be used."""

    allow: list[str] | None = None
    """ HTTP methods the resource accepts. """
    formats: HomeResourceHintsFormats | None = None
    """ Media types the resource serves, as keys. """
    accept_post: list[str] | None = None
    """ Media types accepted in POST and PATCH bodies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.allow is not None:
            field_dict["allow"] = self.allow
        if self.formats is not None:
            field_dict["formats"] = self.formats.to_dict()
        if self.accept_post is not None:
            field_dict["accept-post"] = self.accept_post
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.home_resource_hints_formats import HomeResourceHintsFormats  # noqa: PLC0415

        d = dict(src_dict)
        allow = d.pop("allow", None)
        _formats = d.pop("formats", None)
        formats: HomeResourceHintsFormats | None = (
            None if _formats is None else HomeResourceHintsFormats.from_dict(_formats)
        )
        accept_post = d.pop("accept-post", None)
        model = cls(
            allow=allow,
            formats=formats,
            accept_post=accept_post,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
