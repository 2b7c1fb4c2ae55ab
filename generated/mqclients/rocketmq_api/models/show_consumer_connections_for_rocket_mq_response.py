"""ShowConsumerConnectionsForRocketMqResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.client_data import ClientData


@_attrs_define(repr=False)
class ShowConsumerConnectionsForRocketMqResponse(ModelWithExtras):
    """SDK model ShowConsumerConnectionsForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    group_name: str | None = None
    """ Name of the consumer group. """
    online: bool | None = None
    """ Whether the group is online (has connected consumers). """
    subscription_consistency: bool | None = None
    """ Whether all consumers of the group have the same subscriptions. """
    total: int | None = None
    """ Number of the group's consumers (all pages). """
    next_offset: int | None = None
    """ Offset of the next page; -1 when there is none. """
    previous_offset: int | None = None
    """ Offset of the previous page; -1 when there is none. """
    clients: list[ClientData] | None = None
    """ The consumers on this page, with their subscriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.group_name is not None:
            field_dict["group_name"] = self.group_name
        if self.online is not None:
            field_dict["online"] = self.online
        if self.subscription_consistency is not None:
            field_dict["subscription_consistency"] = self.subscription_consistency
        if self.total is not None:
            field_dict["total"] = self.total
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        if self.previous_offset is not None:
            field_dict["previous_offset"] = self.previous_offset
        if self.clients is not None:
            field_dict["clients"] = [item0.to_dict() for item0 in self.clients]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.client_data import ClientData  # noqa: PLC0415

        d = dict(src_dict)
        group_name = d.pop("group_name", None)
        online = d.pop("online", None)
        subscription_consistency = d.pop("subscription_consistency", None)
        total = d.pop("total", None)
        next_offset = d.pop("next_offset", None)
        previous_offset = d.pop("previous_offset", None)
        _clients = d.pop("clients", None)
        clients: list[ClientData] | None = (
            None if _clients is None else [ClientData.from_dict(item0) for item0 in _clients]
        )
        model = cls(
            group_name=group_name,
            online=online,
            subscription_consistency=subscription_consistency,
            total=total,
            next_offset=next_offset,
            previous_offset=previous_offset,
            clients=clients,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
