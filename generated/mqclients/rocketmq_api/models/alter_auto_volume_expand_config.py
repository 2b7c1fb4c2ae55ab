"""AlterAutoVolumeExpandConfig: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class AlterAutoVolumeExpandConfig(ModelWithExtras):
    """SDK model AlterAutoVolumeExpandConfig (huaweicloudsdkrocketmq 3.1.219)."""

    auto_volume_expand_enable: bool
    """ true turns automatic disk expansion on, false off; mandatory. """
    expand_threshold: int | None = None
    """ Disk usage (percent) that triggers an expansion, 20 to 80. """
    max_volume_size: int | None = None
    """ Upper limit of automatic expansion (GB): a multiple of 100, above the instance's current storage and below
    30000 times its node count (the server checks these). """
    expand_increment: int | None = None
    """ Share of the current storage added per expansion (percent), 10 to 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["auto_volume_expand_enable"] = self.auto_volume_expand_enable
        if self.expand_threshold is not None:
            field_dict["expand_threshold"] = self.expand_threshold
        if self.max_volume_size is not None:
            field_dict["max_volume_size"] = self.max_volume_size
        if self.expand_increment is not None:
            field_dict["expand_increment"] = self.expand_increment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        auto_volume_expand_enable = d.pop("auto_volume_expand_enable")
        expand_threshold = d.pop("expand_threshold", None)
        max_volume_size = d.pop("max_volume_size", None)
        expand_increment = d.pop("expand_increment", None)
        model = cls(
            auto_volume_expand_enable=auto_volume_expand_enable,
            expand_threshold=expand_threshold,
            max_volume_size=max_volume_size,
            expand_increment=expand_increment,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
