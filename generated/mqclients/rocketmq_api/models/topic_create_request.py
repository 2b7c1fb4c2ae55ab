"""TopicCreateRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.topic_create_request_message_type import (
    TopicCreateRequestMessageType,
    check_topic_create_request_message_type,
)
from ..models.topic_create_request_permission import TopicCreateRequestPermission, check_topic_create_request_permission

if TYPE_CHECKING:
    from ..models.topic_queue_assignment import TopicQueueAssignment


@_attrs_define(repr=False)
class TopicCreateRequest(ModelWithExtras):
    """A topic to create (the create half of doc table CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1)."""

    name: str
    """ Name of the topic; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters. """
    brokers: list[str] | None = None
    """ Names of the brokers to put the topic on (only RocketMQ 4.8.0 instances need it). """
    queue_num: int | None = None
    """ Number of queues. """
    queues: list[TopicQueueAssignment] | None = None
    """ Queues per broker (only RocketMQ 4.8.0 instances need it). """
    permission: TopicCreateRequestPermission | None = None
    """ Permission (only RocketMQ 4.8.0 instances need it): `pub` (publish), `sub` (subscribe) or `all` (both). """
    message_type: TopicCreateRequestMessageType | None = None
    """ Message type (only RocketMQ 5.x instances need it): `NORMAL`, `FIFO` (ordered), `DELAY` (scheduled) or
    `TRANSACTION`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        if self.brokers is not None:
            field_dict["brokers"] = self.brokers
        if self.queue_num is not None:
            field_dict["queue_num"] = self.queue_num
        if self.queues is not None:
            field_dict["queues"] = [item0.to_dict() for item0 in self.queues]
        if self.permission is not None:
            field_dict["permission"] = self.permission
        if self.message_type is not None:
            field_dict["message_type"] = self.message_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.topic_queue_assignment import TopicQueueAssignment  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        brokers = d.pop("brokers", None)
        queue_num = d.pop("queue_num", None)
        _queues = d.pop("queues", None)
        queues: list[TopicQueueAssignment] | None = (
            None if _queues is None else [TopicQueueAssignment.from_dict(item0) for item0 in _queues]
        )
        _permission = d.pop("permission", None)
        permission: TopicCreateRequestPermission | None = (
            None if _permission is None else check_topic_create_request_permission(_permission)
        )
        _message_type = d.pop("message_type", None)
        message_type: TopicCreateRequestMessageType | None = (
            None if _message_type is None else check_topic_create_request_message_type(_message_type)
        )
        model = cls(
            name=name,
            brokers=brokers,
            queue_num=queue_num,
            queues=queues,
            permission=permission,
            message_type=message_type,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
