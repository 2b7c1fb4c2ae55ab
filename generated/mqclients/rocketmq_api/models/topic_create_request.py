from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topic_create_request_message_type import (
    TopicCreateRequestMessageType,
    check_topic_create_request_message_type,
)
from ..models.topic_create_request_permission import TopicCreateRequestPermission, check_topic_create_request_permission
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_queue_assignment import TopicQueueAssignment


T = TypeVar("T", bound="TopicCreateRequest")


@_attrs_define
class TopicCreateRequest:
    """A topic to create (the create half of doc table CreateTopicOrBatchDeleteTopicReq, 002 §5.3.1)."""

    name: str
    """ Name of the topic; letters, digits, `%`, `|`, `-` and `_`, 3 to 64 characters. """
    brokers: list[str] | Unset = UNSET
    """ Names of the brokers to put the topic on (only RocketMQ 4.8.0 instances need it). """
    queue_num: int | Unset = UNSET
    """ Number of queues. """
    queues: list[TopicQueueAssignment] | Unset = UNSET
    """ Queues per broker (only RocketMQ 4.8.0 instances need it). """
    permission: TopicCreateRequestPermission | Unset = UNSET
    """ Permission (only RocketMQ 4.8.0 instances need it): `pub` (publish), `sub` (subscribe) or `all` (both). """
    message_type: TopicCreateRequestMessageType | Unset = UNSET
    """ Message type (only RocketMQ 5.x instances need it): `NORMAL`, `FIFO` (ordered), `DELAY` (scheduled) or
    `TRANSACTION`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        brokers: list[str] | Unset = UNSET
        if not isinstance(self.brokers, Unset):
            brokers = self.brokers

        queue_num = self.queue_num

        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if brokers is not UNSET:
            field_dict["brokers"] = brokers
        if queue_num is not UNSET:
            field_dict["queue_num"] = queue_num
        if queues is not UNSET:
            field_dict["queues"] = queues
        if permission is not UNSET:
            field_dict["permission"] = permission
        if message_type is not UNSET:
            field_dict["message_type"] = message_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_queue_assignment import TopicQueueAssignment  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        brokers = cast(list[str], d.pop("brokers", UNSET))

        queue_num = d.pop("queue_num", UNSET)

        _queues = d.pop("queues", UNSET)
        queues: list[TopicQueueAssignment] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = TopicQueueAssignment.from_dict(queues_item_data)

                queues.append(queues_item)

        _permission = d.pop("permission", UNSET)
        permission: TopicCreateRequestPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = check_topic_create_request_permission(_permission)

        _message_type = d.pop("message_type", UNSET)
        message_type: TopicCreateRequestMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = check_topic_create_request_message_type(_message_type)

        topic_create_request = cls(
            name=name,
            brokers=brokers,
            queue_num=queue_num,
            queues=queues,
            permission=permission,
            message_type=message_type,
        )

        topic_create_request.additional_properties = d
        return topic_create_request

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
