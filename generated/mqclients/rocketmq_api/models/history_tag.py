"""HistoryTag: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class HistoryTag(ModelWithExtras):
    """One tag of an instance (doc table TagEntity, 002 tables 8-6, 8-10, 8-33)."""

    key: str | None = None
    """ Tag key: unique per instance, 1 to 128 characters (letters of any language, digits, spaces and `_ . : = + -
    @`), not starting or ending with a space. """
    value: str | None = None
    """ Tag value: 0 to 255 characters (letters of any language, digits, spaces and `_ . : = + - @`), not starting
    or ending with a space. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.key is not None:
            field_dict["key"] = self.key
        if self.value is not None:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        key = d.pop("key", None)
        value = d.pop("value", None)
        model = cls(
            key=key,
            value=value,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
