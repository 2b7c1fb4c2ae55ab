from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_data import ClientData


T = TypeVar("T", bound="ShowConsumerConnectionsForRocketMqResponse")


@_attrs_define
class ShowConsumerConnectionsForRocketMqResponse:
    """SDK model ShowConsumerConnectionsForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    group_name: str | Unset = UNSET
    """ Name of the consumer group. """
    online: bool | Unset = UNSET
    """ Whether the group is online (has connected consumers). """
    subscription_consistency: bool | Unset = UNSET
    """ Whether all consumers of the group have the same subscriptions. """
    total: int | Unset = UNSET
    """ Number of the group's consumers (all pages). """
    next_offset: int | Unset = UNSET
    """ Offset of the next page; -1 when there is none. """
    previous_offset: int | Unset = UNSET
    """ Offset of the previous page; -1 when there is none. """
    clients: list[ClientData] | Unset = UNSET
    """ The consumers on this page, with their subscriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        online = self.online

        subscription_consistency = self.subscription_consistency

        total = self.total

        next_offset = self.next_offset

        previous_offset = self.previous_offset

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if online is not UNSET:
            field_dict["online"] = online
        if subscription_consistency is not UNSET:
            field_dict["subscription_consistency"] = subscription_consistency
        if total is not UNSET:
            field_dict["total"] = total
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if previous_offset is not UNSET:
            field_dict["previous_offset"] = previous_offset
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_data import ClientData  # noqa: PLC0415

        d = dict(src_dict)
        group_name = d.pop("group_name", UNSET)

        online = d.pop("online", UNSET)

        subscription_consistency = d.pop("subscription_consistency", UNSET)

        total = d.pop("total", UNSET)

        next_offset = d.pop("next_offset", UNSET)

        previous_offset = d.pop("previous_offset", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: list[ClientData] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = ClientData.from_dict(clients_item_data)

                clients.append(clients_item)

        show_consumer_connections_for_rocket_mq_response = cls(
            group_name=group_name,
            online=online,
            subscription_consistency=subscription_consistency,
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            clients=clients,
        )

        show_consumer_connections_for_rocket_mq_response.additional_properties = d
        return show_consumer_connections_for_rocket_mq_response

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
