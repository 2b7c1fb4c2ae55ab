"""RocketMQConfigEntry: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class RocketMQConfigEntry(ModelWithExtras):
    """One RocketMQ broker parameter (doc table RocketMQConfigResp, 5-155)."""

    name: str | None = None
    """ Parameter name, e.g. fileReservedTime. """
    value: str | None = None
    """ Current value, as a string. """
    config_type: str | None = None
    """ Kind of parameter, e.g. `dynamic` (applied without a restart) or `static`. """
    default_value: str | None = None
    """ Default value, as a string. """
    valid_values: str | None = None
    """ Range of valid values, e.g. "1~720". """
    value_type: str | None = None
    """ Type of the value, e.g. `integer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.value is not None:
            field_dict["value"] = self.value
        if self.config_type is not None:
            field_dict["config_type"] = self.config_type
        if self.default_value is not None:
            field_dict["default_value"] = self.default_value
        if self.valid_values is not None:
            field_dict["valid_values"] = self.valid_values
        if self.value_type is not None:
            field_dict["value_type"] = self.value_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        value = d.pop("value", None)
        config_type = d.pop("config_type", None)
        default_value = d.pop("default_value", None)
        valid_values = d.pop("valid_values", None)
        value_type = d.pop("value_type", None)
        model = cls(
            name=name,
            value=value,
            config_type=config_type,
            default_value=default_value,
            valid_values=valid_values,
            value_type=value_type,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
