from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_resource_hints_formats import HomeResourceHintsFormats


T = TypeVar("T", bound="HomeResourceHints")


@_attrs_define
class HomeResourceHints:
    """How a home-document resource may be used."""

    allow: list[str] | Unset = UNSET
    """ HTTP methods the resource accepts. """
    formats: HomeResourceHintsFormats | Unset = UNSET
    """ Media types the resource serves, as keys. """
    accept_post: list[str] | Unset = UNSET
    """ Media types accepted in POST and PATCH bodies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow: list[str] | Unset = UNSET
        if not isinstance(self.allow, Unset):
            allow = self.allow

        formats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = self.formats.to_dict()

        accept_post: list[str] | Unset = UNSET
        if not isinstance(self.accept_post, Unset):
            accept_post = self.accept_post

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allow is not UNSET:
            field_dict["allow"] = allow
        if formats is not UNSET:
            field_dict["formats"] = formats
        if accept_post is not UNSET:
            field_dict["accept-post"] = accept_post

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.home_resource_hints_formats import HomeResourceHintsFormats  # noqa: PLC0415

        d = dict(src_dict)
        allow = cast(list[str], d.pop("allow", UNSET))

        _formats = d.pop("formats", UNSET)
        formats: HomeResourceHintsFormats | Unset
        if isinstance(_formats, Unset):
            formats = UNSET
        else:
            formats = HomeResourceHintsFormats.from_dict(_formats)

        accept_post = cast(list[str], d.pop("accept-post", UNSET))

        home_resource_hints = cls(
            allow=allow,
            formats=formats,
            accept_post=accept_post,
        )

        home_resource_hints.additional_properties = d
        return home_resource_hints

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
