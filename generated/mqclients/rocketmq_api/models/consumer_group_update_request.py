from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerGroupUpdateRequest")


@_attrs_define
class ConsumerGroupUpdateRequest:
    """A consumer group's new settings (request body of 002 §5.2.6)."""

    enabled: bool
    """ Whether the group may consume. """
    broadcast: bool
    """ Whether the group consumes in broadcast mode. """
    retry_max_time: int
    """ Maximum number of redeliveries of a message that failed. """
    brokers: list[str] | Unset = UNSET
    """ Names of the brokers the group is bound to. """
    name: str | Unset = UNSET
    """ Name of the consumer group being changed (the name itself cannot be changed). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        broadcast = self.broadcast

        retry_max_time = self.retry_max_time

        brokers: list[str] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = self.brokers

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "broadcast": broadcast,
                "retry_max_time": retry_max_time,
            }
        )
        if brokers is not UNSET:
            field_dict["brokers"] = brokers
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        broadcast = d.pop("broadcast")

        retry_max_time = d.pop("retry_max_time")

        brokers = cast(list[str], d.pop("brokers", UNSET))

        name = d.pop("name", UNSET)

        consumer_group_update_request = cls(
            enabled=enabled,
            broadcast=broadcast,
            retry_max_time=retry_max_time,
            brokers=brokers,
            name=name,
        )

        consumer_group_update_request.additional_properties = d
        return consumer_group_update_request

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
