"""ConsumerGroupUpdateRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ConsumerGroupUpdateRequest(ModelWithExtras):
    """A consumer group's new settings (request body of 002 §5.2.6)."""

    enabled: bool
    """ Whether the group may consume. """
    broadcast: bool
    """ Whether the group consumes in broadcast mode. """
    retry_max_time: int
    """ Maximum number of redeliveries of a message that failed. """
    brokers: list[str] | None = None
    """ Names of the brokers the group is bound to. """
    name: str | None = None
    """ Name of the consumer group being changed (the name itself cannot be changed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["enabled"] = self.enabled
        field_dict["broadcast"] = self.broadcast
        field_dict["retry_max_time"] = self.retry_max_time
        if self.brokers is not None:
            field_dict["brokers"] = self.brokers
        if self.name is not None:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        enabled = d.pop("enabled")
        broadcast = d.pop("broadcast")
        retry_max_time = d.pop("retry_max_time")
        brokers = d.pop("brokers", None)
        name = d.pop("name", None)
        model = cls(
            enabled=enabled,
            broadcast=broadcast,
            retry_max_time=retry_max_time,
            brokers=brokers,
            name=name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
