"""RocketMQMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.rocket_mq_message_property import RocketMQMessageProperty


@_attrs_define(repr=False)
class RocketMQMessage(ModelWithExtras):
    """A stored message with its storage details (doc table `Message`, 5-84/5-93)."""

    msg_id: str | None = None
    """ Message id (the broker's offset message id). """
    instance_id: str | None = None
    """ Instance id. """
    topic: str | None = None
    """ Name of the topic. """
    store_timestamp: int | None = None
    """ When the broker stored the message, Unix time in milliseconds (doc type Number). """
    born_timestamp: int | None = None
    """ When the producer created the message, Unix time in milliseconds (doc type Number). """
    reconsume_times: int | None = None
    """ How many times consumption of the message has been retried. """
    body: str | None = None
    """ Message body. """
    body_crc: int | None = None
    """ CRC checksum of the body (doc type Number). """
    store_size: int | None = None
    """ Size of the stored message in bytes (doc type Number). """
    property_list: list[RocketMQMessageProperty] | None = None
    """ Properties of the message. """
    born_host: str | None = None
    """ Address (ip:port) of the producer that created the message. """
    store_host: str | None = None
    """ Address (ip:port) of the broker that stores the message. """
    queue_id: int | None = None
    """ Id of the queue that holds the message. """
    queue_offset: int | None = None
    """ Offset of the message within its queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.msg_id is not None:
            field_dict["msg_id"] = self.msg_id
        if self.instance_id is not None:
            field_dict["instance_id"] = self.instance_id
        if self.topic is not None:
            field_dict["topic"] = self.topic
        if self.store_timestamp is not None:
            field_dict["store_timestamp"] = self.store_timestamp
        if self.born_timestamp is not None:
            field_dict["born_timestamp"] = self.born_timestamp
        if self.reconsume_times is not None:
            field_dict["reconsume_times"] = self.reconsume_times
        if self.body is not None:
            field_dict["body"] = self.body
        if self.body_crc is not None:
            field_dict["body_crc"] = self.body_crc
        if self.store_size is not None:
            field_dict["store_size"] = self.store_size
        if self.property_list is not None:
            field_dict["property_list"] = [item0.to_dict() for item0 in self.property_list]
        if self.born_host is not None:
            field_dict["born_host"] = self.born_host
        if self.store_host is not None:
            field_dict["store_host"] = self.store_host
        if self.queue_id is not None:
            field_dict["queue_id"] = self.queue_id
        if self.queue_offset is not None:
            field_dict["queue_offset"] = self.queue_offset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_message_property import RocketMQMessageProperty  # noqa: PLC0415

        d = dict(src_dict)
        msg_id = d.pop("msg_id", None)
        instance_id = d.pop("instance_id", None)
        topic = d.pop("topic", None)
        store_timestamp = d.pop("store_timestamp", None)
        born_timestamp = d.pop("born_timestamp", None)
        reconsume_times = d.pop("reconsume_times", None)
        body = d.pop("body", None)
        body_crc = d.pop("body_crc", None)
        store_size = d.pop("store_size", None)
        _property_list = d.pop("property_list", None)
        property_list: list[RocketMQMessageProperty] | None = (
            None if _property_list is None else [RocketMQMessageProperty.from_dict(item0) for item0 in _property_list]
        )
        born_host = d.pop("born_host", None)
        store_host = d.pop("store_host", None)
        queue_id = d.pop("queue_id", None)
        queue_offset = d.pop("queue_offset", None)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
