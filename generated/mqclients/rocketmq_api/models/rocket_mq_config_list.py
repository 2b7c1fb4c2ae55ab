from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rocket_mq_config_entry import RocketMQConfigEntry


T = TypeVar("T", bound="RocketMQConfigList")


@_attrs_define
class RocketMQConfigList:
    """The instance's RocketMQ parameters (doc table 5-154)."""

    rocketmq_configs: list[RocketMQConfigEntry] | Unset = UNSET
    """ The parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rocketmq_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rocketmq_configs, Unset):
            rocketmq_configs = []
            for rocketmq_configs_item_data in self.rocketmq_configs:
                rocketmq_configs_item = rocketmq_configs_item_data.to_dict()
                rocketmq_configs.append(rocketmq_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rocketmq_configs is not UNSET:
            field_dict["rocketmq_configs"] = rocketmq_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rocket_mq_config_entry import RocketMQConfigEntry  # noqa: PLC0415

        d = dict(src_dict)
        _rocketmq_configs = d.pop("rocketmq_configs", UNSET)
        rocketmq_configs: list[RocketMQConfigEntry] | Unset = UNSET
        if _rocketmq_configs is not UNSET:
            rocketmq_configs = []
            for rocketmq_configs_item_data in _rocketmq_configs:
                rocketmq_configs_item = RocketMQConfigEntry.from_dict(rocketmq_configs_item_data)

                rocketmq_configs.append(rocketmq_configs_item)

        rocket_mq_config_list = cls(
            rocketmq_configs=rocketmq_configs,
        )

        rocket_mq_config_list.additional_properties = d
        return rocket_mq_config_list

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
