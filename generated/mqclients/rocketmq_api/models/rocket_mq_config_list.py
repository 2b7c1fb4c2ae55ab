"""RocketMQConfigList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.rocket_mq_config_entry import RocketMQConfigEntry


@_attrs_define(repr=False)
class RocketMQConfigList(ModelWithExtras):
    """The instance's RocketMQ parameters (doc table 5-154)."""

    rocketmq_configs: list[RocketMQConfigEntry] | None = None
    """ The parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.rocketmq_configs is not None:
            field_dict["rocketmq_configs"] = [item0.to_dict() for item0 in self.rocketmq_configs]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_config_entry import RocketMQConfigEntry  # noqa: PLC0415

        d = dict(src_dict)
        _rocketmq_configs = d.pop("rocketmq_configs", None)
        rocketmq_configs: list[RocketMQConfigEntry] | None = (
            None if _rocketmq_configs is None else [RocketMQConfigEntry.from_dict(item0) for item0 in _rocketmq_configs]
        )
        model = cls(
            rocketmq_configs=rocketmq_configs,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
