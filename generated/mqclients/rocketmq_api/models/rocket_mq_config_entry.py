from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RocketMQConfigEntry")


@_attrs_define
class RocketMQConfigEntry:
    """One RocketMQ broker parameter (doc table RocketMQConfigResp, 5-155)."""

    name: str | Unset = UNSET
    """ Parameter name, e.g. fileReservedTime. """
    value: str | Unset = UNSET
    """ Current value, as a string. """
    config_type: str | Unset = UNSET
    """ Kind of parameter, e.g. `dynamic` (applied without a restart) or `static`. """
    default_value: str | Unset = UNSET
    """ Default value, as a string. """
    valid_values: str | Unset = UNSET
    """ Range of valid values, e.g. "1~720". """
    value_type: str | Unset = UNSET
    """ Type of the value, e.g. `integer`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        config_type = self.config_type

        default_value = self.default_value

        valid_values = self.valid_values

        value_type = self.value_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if config_type is not UNSET:
            field_dict["config_type"] = config_type
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if valid_values is not UNSET:
            field_dict["valid_values"] = valid_values
        if value_type is not UNSET:
            field_dict["value_type"] = value_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        config_type = d.pop("config_type", UNSET)

        default_value = d.pop("default_value", UNSET)

        valid_values = d.pop("valid_values", UNSET)

        value_type = d.pop("value_type", UNSET)

        rocket_mq_config_entry = cls(
            name=name,
            value=value,
            config_type=config_type,
            default_value=default_value,
            valid_values=valid_values,
            value_type=value_type,
        )

        rocket_mq_config_entry.additional_properties = d
        return rocket_mq_config_entry

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
