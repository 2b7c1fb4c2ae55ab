from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_property_list import MessagePropertyList


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """SDK model Message (huaweicloudsdkrocketmq 3.1.219)."""

    msg_id: str | Unset = UNSET
    """ Message id (the broker's offset message id). """
    instance_id: str | Unset = UNSET
    """ Instance id. """
    topic: str | Unset = UNSET
    """ Name of the topic. """
    store_timestamp: float | Unset = UNSET
    """ When the broker stored the message, Unix time in milliseconds (doc type Number). """
    born_timestamp: float | Unset = UNSET
    """ When the producer created the message, Unix time in milliseconds (doc type Number). """
    reconsume_times: int | Unset = UNSET
    """ How many times consumption of the message has been retried. """
    body: str | Unset = UNSET
    """ Message body. """
    body_crc: float | Unset = UNSET
    """ CRC checksum of the body (doc type Number). """
    store_size: float | Unset = UNSET
    """ Size of the stored message in bytes (doc type Number). """
    property_list: list[MessagePropertyList] | Unset = UNSET
    """ Properties of the message. """
    born_host: str | Unset = UNSET
    """ Address (ip:port) of the producer that created the message. """
    store_host: str | Unset = UNSET
    """ Address (ip:port) of the broker that stores the message. """
    queue_id: int | Unset = UNSET
    """ Id of the queue that holds the message. """
    queue_offset: int | Unset = UNSET
    """ Offset of the message within its queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        instance_id = self.instance_id

        topic = self.topic

        store_timestamp = self.store_timestamp

        born_timestamp = self.born_timestamp

        reconsume_times = self.reconsume_times

        body = self.body

        body_crc = self.body_crc

        store_size = self.store_size

        property_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.property_list, Unset):
            property_list = []
            for property_list_item_data in self.property_list:
                property_list_item = property_list_item_data.to_dict()
                property_list.append(property_list_item)

        born_host = self.born_host

        store_host = self.store_host

        queue_id = self.queue_id

        queue_offset = self.queue_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg_id is not UNSET:
            field_dict["msg_id"] = msg_id
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if store_timestamp is not UNSET:
            field_dict["store_timestamp"] = store_timestamp
        if born_timestamp is not UNSET:
            field_dict["born_timestamp"] = born_timestamp
        if reconsume_times is not UNSET:
            field_dict["reconsume_times"] = reconsume_times
        if body is not UNSET:
            field_dict["body"] = body
        if body_crc is not UNSET:
            field_dict["body_crc"] = body_crc
        if store_size is not UNSET:
            field_dict["store_size"] = store_size
        if property_list is not UNSET:
            field_dict["property_list"] = property_list
        if born_host is not UNSET:
            field_dict["born_host"] = born_host
        if store_host is not UNSET:
            field_dict["store_host"] = store_host
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if queue_offset is not UNSET:
            field_dict["queue_offset"] = queue_offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_property_list import MessagePropertyList  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msg_id", UNSET)

        instance_id = d.pop("instance_id", UNSET)

        topic = d.pop("topic", UNSET)

        store_timestamp = d.pop("store_timestamp", UNSET)

        born_timestamp = d.pop("born_timestamp", UNSET)

        reconsume_times = d.pop("reconsume_times", UNSET)

        body = d.pop("body", UNSET)

        body_crc = d.pop("body_crc", UNSET)

        store_size = d.pop("store_size", UNSET)

        _property_list = d.pop("property_list", UNSET)
        property_list: list[MessagePropertyList] | Unset = UNSET
        if _property_list is not UNSET:
            property_list = []
            for property_list_item_data in _property_list:
                property_list_item = MessagePropertyList.from_dict(property_list_item_data)

                property_list.append(property_list_item)

        born_host = d.pop("born_host", UNSET)

        store_host = d.pop("store_host", UNSET)

        queue_id = d.pop("queue_id", UNSET)

        queue_offset = d.pop("queue_offset", UNSET)

        message = cls(
            msg_id=msg_id,
            instance_id=instance_id,
            topic=topic,
            store_timestamp=store_timestamp,
            born_timestamp=born_timestamp,
            reconsume_times=reconsume_times,
            body=body,
            body_crc=body_crc,
            store_size=store_size,
            property_list=property_list,
            born_host=born_host,
            store_host=store_host,
            queue_id=queue_id,
            queue_offset=queue_offset,
        )

        message.additional_properties = d
        return message

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
