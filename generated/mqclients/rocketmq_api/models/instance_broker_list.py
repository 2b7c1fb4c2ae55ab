from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_broker import InstanceBroker


T = TypeVar("T", bound="InstanceBrokerList")


@_attrs_define
class InstanceBrokerList:
    """The brokers of an instance (§5.1.7 table 5-21)."""

    brokers: list[InstanceBroker] | Unset = UNSET
    """ The brokers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brokers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = []
            for brokers_item_data in self.brokers:
                brokers_item = brokers_item_data.to_dict()
                brokers.append(brokers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brokers is not UNSET:
            field_dict["brokers"] = brokers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_broker import InstanceBroker  # noqa: PLC0415

        d = dict(src_dict)
        _brokers = d.pop("brokers", UNSET)
        brokers: list[InstanceBroker] | Unset = UNSET
        if _brokers is not UNSET:
            brokers = []
            for brokers_item_data in _brokers:
                brokers_item = InstanceBroker.from_dict(brokers_item_data)

                brokers.append(brokers_item)

        instance_broker_list = cls(
            brokers=brokers,
        )

        instance_broker_list.additional_properties = d
        return instance_broker_list

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
