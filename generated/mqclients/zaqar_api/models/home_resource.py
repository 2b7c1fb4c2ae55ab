from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.home_resource_hints import HomeResourceHints
    from ..models.home_resource_href_vars import HomeResourceHrefVars


T = TypeVar("T", bound="HomeResource")


@_attrs_define
class HomeResource:
    """One resource of the JSON home document."""

    href_template: str | Unset = UNSET
    """ URI template of the resource (RFC 6570). """
    href: str | Unset = UNSET
    """ Fixed path of the resource, for resources without variables. """
    href_vars: HomeResourceHrefVars | Unset = UNSET
    """ Meaning of each template variable, as a parameter relation name. """
    hints: HomeResourceHints | Unset = UNSET
    """ How a home-document resource may be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href_template = self.href_template

        href = self.href

        href_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.href_vars, Unset):
            href_vars = self.href_vars.to_dict()

        hints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hints, Unset):
            hints = self.hints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if href_template is not UNSET:
            field_dict["href-template"] = href_template
        if href is not UNSET:
            field_dict["href"] = href
        if href_vars is not UNSET:
            field_dict["href-vars"] = href_vars
        if hints is not UNSET:
            field_dict["hints"] = hints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.home_resource_hints import HomeResourceHints  # noqa: PLC0415
        from ..models.home_resource_href_vars import HomeResourceHrefVars  # noqa: PLC0415

        d = dict(src_dict)
        href_template = d.pop("href-template", UNSET)

        href = d.pop("href", UNSET)

        _href_vars = d.pop("href-vars", UNSET)
        href_vars: HomeResourceHrefVars | Unset
        if isinstance(_href_vars, Unset):
            href_vars = UNSET
        else:
            href_vars = HomeResourceHrefVars.from_dict(_href_vars)

        _hints = d.pop("hints", UNSET)
        hints: HomeResourceHints | Unset
        if isinstance(_hints, Unset):
            hints = UNSET
        else:
            hints = HomeResourceHints.from_dict(_hints)

        home_resource = cls(
            href_template=href_template,
            href=href,
            href_vars=href_vars,
            hints=hints,
        )

        home_resource.additional_properties = d
        return home_resource

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
