from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceBroker")


@_attrs_define
class InstanceBroker:
    """A broker (group) of an instance (doc brokers, §5.1.7 table 5-22)."""

    ids: list[float] | Unset = UNSET
    """ Ids of all the broker's nodes (0 for the master). """
    broker_name: str | Unset = UNSET
    """ Broker name, e.g. `broker-0`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[float] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        broker_name = self.broker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = cast(list[float], d.pop("ids", UNSET))

        broker_name = d.pop("broker_name", UNSET)

        instance_broker = cls(
            ids=ids,
            broker_name=broker_name,
        )

        instance_broker.additional_properties = d
        return instance_broker

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
