"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ack_entry import AckEntry
    from .ack_entry_status import AckEntryStatus
    from .ack_request import AckRequest
    from .ack_result import AckResult
    from .consume_messages_tag_type import ConsumeMessagesTagType
    from .consumed_message import ConsumedMessage
    from .create_groups_request import CreateGroupsRequest
    from .create_queue_request import CreateQueueRequest
    from .create_queue_request_queue_mode import CreateQueueRequestQueueMode
    from .create_queue_request_redrive_policy import CreateQueueRequestRedrivePolicy
    from .created_group import CreatedGroup
    from .dead_letter import DeadLetter
    from .dead_letter_content import DeadLetterContent
    from .error import Error
    from .group import Group
    from .group_list import GroupList
    from .groups_created import GroupsCreated
    from .message_attributes import MessageAttributes
    from .new_group import NewGroup
    from .new_message import NewMessage
    from .queue import Queue
    from .queue_created import QueueCreated
    from .queue_list import QueueList
    from .quota_report import QuotaReport
    from .quota_resource import QuotaResource
    from .quota_set import QuotaSet
    from .received_message import ReceivedMessage
    from .send_messages_request import SendMessagesRequest
    from .send_messages_result import SendMessagesResult
    from .sent_message import SentMessage

    pass

_MODULE_OF = {
    "AckEntry": ".ack_entry",
    "AckEntryStatus": ".ack_entry_status",
    "AckRequest": ".ack_request",
    "AckResult": ".ack_result",
    "ConsumeMessagesTagType": ".consume_messages_tag_type",
    "ConsumedMessage": ".consumed_message",
    "CreateGroupsRequest": ".create_groups_request",
    "CreateQueueRequest": ".create_queue_request",
    "CreateQueueRequestQueueMode": ".create_queue_request_queue_mode",
    "CreateQueueRequestRedrivePolicy": ".create_queue_request_redrive_policy",
    "CreatedGroup": ".created_group",
    "DeadLetter": ".dead_letter",
    "DeadLetterContent": ".dead_letter_content",
    "Error": ".error",
    "Group": ".group",
    "GroupList": ".group_list",
    "GroupsCreated": ".groups_created",
    "MessageAttributes": ".message_attributes",
    "NewGroup": ".new_group",
    "NewMessage": ".new_message",
    "Queue": ".queue",
    "QueueCreated": ".queue_created",
    "QueueList": ".queue_list",
    "QuotaReport": ".quota_report",
    "QuotaResource": ".quota_resource",
    "QuotaSet": ".quota_set",
    "ReceivedMessage": ".received_message",
    "SendMessagesRequest": ".send_messages_request",
    "SendMessagesResult": ".send_messages_result",
    "SentMessage": ".sent_message",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AckEntry",
    "AckEntryStatus",
    "AckRequest",
    "AckResult",
    "ConsumedMessage",
    "ConsumeMessagesTagType",
    "CreatedGroup",
    "CreateGroupsRequest",
    "CreateQueueRequest",
    "CreateQueueRequestQueueMode",
    "CreateQueueRequestRedrivePolicy",
    "DeadLetter",
    "DeadLetterContent",
    "Error",
    "Group",
    "GroupList",
    "GroupsCreated",
    "MessageAttributes",
    "NewGroup",
    "NewMessage",
    "Queue",
    "QueueCreated",
    "QueueList",
    "QuotaReport",
    "QuotaResource",
    "QuotaSet",
    "ReceivedMessage",
    "SendMessagesRequest",
    "SendMessagesResult",
    "SentMessage",
)
