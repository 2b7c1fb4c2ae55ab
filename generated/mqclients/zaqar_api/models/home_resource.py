"""HomeResource: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.home_resource_hints import HomeResourceHints
    from ..models.home_resource_href_vars import HomeResourceHrefVars


@_attrs_define(repr=False)
class HomeResource(ModelWithExtras):
    """One resource of the JSON home document."""

    href_template: str | None = None
    """ URI template of the resource (RFC 6570). """
    href: str | None = None
    """ Fixed path of the resource, for resources without variables. """
    href_vars: HomeResourceHrefVars | None = None
    """ Meaning of each template variable, as a parameter relation name. """
    hints: HomeResourceHints | None = None
    """ How a home-document resource may be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.href_template is not None:
            field_dict["href-template"] = self.href_template
        if self.href is not None:
            field_dict["href"] = self.href
        if self.href_vars is not None:
            field_dict["href-vars"] = self.href_vars.to_dict()
        if self.hints is not None:
            field_dict["hints"] = self.hints.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.home_resource_hints import HomeResourceHints  # noqa: PLC0415
        from ..models.home_resource_href_vars import HomeResourceHrefVars  # noqa: PLC0415

        d = dict(src_dict)
        href_template = d.pop("href-template", None)
        href = d.pop("href", None)
        _href_vars = d.pop("href-vars", None)
        href_vars: HomeResourceHrefVars | None = (
            None if _href_vars is None else HomeResourceHrefVars.from_dict(_href_vars)
        )
        _hints = d.pop("hints", None)
        hints: HomeResourceHints | None = None if _hints is None else HomeResourceHints.from_dict(_hints)
        model = cls(
            href_template=href_template,
            href=href,
            href_vars=href_vars,
            hints=hints,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
