from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlterAutoVolumeExpandConfig")


@_attrs_define
class AlterAutoVolumeExpandConfig:
    """SDK model AlterAutoVolumeExpandConfig (huaweicloudsdkrocketmq 3.1.219)."""

    auto_volume_expand_enable: bool
    """ true turns automatic disk expansion on, false off; mandatory. """
    expand_threshold: int | Unset = UNSET
    """ Disk usage (percent) that triggers an expansion, 20 to 80. """
    max_volume_size: int | Unset = UNSET
    """ Upper limit of automatic expansion (GB): a multiple of 100, above the instance's current storage and below
    30000 times its node count (the server checks these). """
    expand_increment: int | Unset = UNSET
    """ Share of the current storage added per expansion (percent), 10 to 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_volume_expand_enable = self.auto_volume_expand_enable

        expand_threshold = self.expand_threshold

        max_volume_size = self.max_volume_size

        expand_increment = self.expand_increment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auto_volume_expand_enable": auto_volume_expand_enable,
            }
        )
        if expand_threshold is not UNSET:
            field_dict["expand_threshold"] = expand_threshold
        if max_volume_size is not UNSET:
            field_dict["max_volume_size"] = max_volume_size
        if expand_increment is not UNSET:
            field_dict["expand_increment"] = expand_increment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_volume_expand_enable = d.pop("auto_volume_expand_enable")

        expand_threshold = d.pop("expand_threshold", UNSET)

        max_volume_size = d.pop("max_volume_size", UNSET)

        expand_increment = d.pop("expand_increment", UNSET)

        alter_auto_volume_expand_config = cls(
            auto_volume_expand_enable=auto_volume_expand_enable,
            expand_threshold=expand_threshold,
            max_volume_size=max_volume_size,
            expand_increment=expand_increment,
        )

        alter_auto_volume_expand_config.additional_properties = d
        return alter_auto_volume_expand_config

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
