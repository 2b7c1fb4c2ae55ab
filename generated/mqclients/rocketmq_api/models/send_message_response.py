from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_properties import SendMessageProperties


T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """The message as stored (API reference: Sending a Message, response body)."""

    topic: str | Unset = UNSET
    """ Topic the message went to. """
    body: str | Unset = UNSET
    """ Message content. """
    property_list: list[SendMessageProperties] | Unset = UNSET
    """ Message properties as stored. """
    msg_id: str | Unset = UNSET
    """ Message ID the broker assigned. """
    queue_id: float | Unset = UNSET
    """ ID of the queue the message was written to (Number in the doc). """
    queue_offset: float | Unset = UNSET
    """ Offset of the message in its queue (Number in the doc). """
    broker_name: str | Unset = UNSET
    """ Broker that stored the message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        body = self.body

        property_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.property_list, Unset):
            property_list = []
            for property_list_item_data in self.property_list:
                property_list_item = property_list_item_data.to_dict()
                property_list.append(property_list_item)

        msg_id = self.msg_id

        queue_id = self.queue_id

        queue_offset = self.queue_offset

        broker_name = self.broker_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic is not UNSET:
            field_dict["topic"] = topic
        if body is not UNSET:
            field_dict["body"] = body
        if property_list is not UNSET:
            field_dict["property_list"] = property_list
        if msg_id is not UNSET:
            field_dict["msg_id"] = msg_id
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if queue_offset is not UNSET:
            field_dict["queue_offset"] = queue_offset
        if broker_name is not UNSET:
            field_dict["broker_name"] = broker_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_properties import SendMessageProperties  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic", UNSET)

        body = d.pop("body", UNSET)

        _property_list = d.pop("property_list", UNSET)
        property_list: list[SendMessageProperties] | Unset = UNSET
        if _property_list is not UNSET:
            property_list = []
            for property_list_item_data in _property_list:
                property_list_item = SendMessageProperties.from_dict(property_list_item_data)

                property_list.append(property_list_item)

        msg_id = d.pop("msg_id", UNSET)

        queue_id = d.pop("queue_id", UNSET)

        queue_offset = d.pop("queue_offset", UNSET)

        broker_name = d.pop("broker_name", UNSET)

        send_message_response = cls(
            topic=topic,
            body=body,
            property_list=property_list,
            msg_id=msg_id,
            queue_id=queue_id,
            queue_offset=queue_offset,
            broker_name=broker_name,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
