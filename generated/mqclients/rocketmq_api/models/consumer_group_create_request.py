from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerGroupCreateRequest")


@_attrs_define
class ConsumerGroupCreateRequest:
    """A consumer group to create (the create half of doc table CreateConsumerGroupOrBatchDeleteConsumerGroupReq, 002
    §5.2.2).

    """

    name: str
    """ Name of the consumer group; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters. """
    brokers: list[str] | Unset = UNSET
    """ Names of the brokers to bind the group to (only RocketMQ 4.8.0 instances need it). """
    broadcast: bool | Unset = UNSET
    """ Whether the group consumes in broadcast mode. """
    retry_max_time: int | Unset = UNSET
    """ Maximum number of redeliveries of a message that failed. """
    enabled: bool | Unset = UNSET
    """ Whether the group may consume. """
    consume_orderly: bool | Unset = UNSET
    """ Whether the group consumes in order (only RocketMQ 5.x instances need it). """
    group_desc: str | Unset = UNSET
    """ Description of the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        brokers: list[str] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = self.brokers

        broadcast = self.broadcast

        retry_max_time = self.retry_max_time

        enabled = self.enabled

        consume_orderly = self.consume_orderly

        group_desc = self.group_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if brokers is not UNSET:
            field_dict["brokers"] = brokers
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast
        if retry_max_time is not UNSET:
            field_dict["retry_max_time"] = retry_max_time
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if consume_orderly is not UNSET:
            field_dict["consume_orderly"] = consume_orderly
        if group_desc is not UNSET:
            field_dict["group_desc"] = group_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        brokers = cast(list[str], d.pop("brokers", UNSET))

        broadcast = d.pop("broadcast", UNSET)

        retry_max_time = d.pop("retry_max_time", UNSET)

        enabled = d.pop("enabled", UNSET)

        consume_orderly = d.pop("consume_orderly", UNSET)

        group_desc = d.pop("group_desc", UNSET)

        consumer_group_create_request = cls(
            name=name,
            brokers=brokers,
            broadcast=broadcast,
            retry_max_time=retry_max_time,
            enabled=enabled,
            consume_orderly=consume_orderly,
            group_desc=group_desc,
        )

        consumer_group_create_request.additional_properties = d
        return consumer_group_create_request

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
