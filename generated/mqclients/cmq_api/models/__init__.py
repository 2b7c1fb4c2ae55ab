"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch_delete_error import BatchDeleteError
    from .batch_delete_message_request import BatchDeleteMessageRequest
    from .batch_delete_message_response import BatchDeleteMessageResponse
    from .batch_publish_message_request import BatchPublishMessageRequest
    from .batch_publish_message_response import BatchPublishMessageResponse
    from .batch_receive_message_request import BatchReceiveMessageRequest
    from .batch_receive_message_response import BatchReceiveMessageResponse
    from .batch_send_message_request import BatchSendMessageRequest
    from .batch_send_message_response import BatchSendMessageResponse
    from .clear_subscription_filter_tags_request import ClearSubscriptionFilterTagsRequest
    from .clear_subscription_filter_tags_response import ClearSubscriptionFilterTagsResponse
    from .create_queue_request import CreateQueueRequest
    from .create_queue_response import CreateQueueResponse
    from .create_topic_request import CreateTopicRequest
    from .create_topic_request_filter_type import CreateTopicRequestFilterType
    from .create_topic_response import CreateTopicResponse
    from .delete_message_request import DeleteMessageRequest
    from .delete_message_response import DeleteMessageResponse
    from .delete_queue_request import DeleteQueueRequest
    from .delete_queue_response import DeleteQueueResponse
    from .delete_topic_request import DeleteTopicRequest
    from .delete_topic_response import DeleteTopicResponse
    from .envelope import Envelope
    from .get_queue_attributes_request import GetQueueAttributesRequest
    from .get_queue_attributes_response import GetQueueAttributesResponse
    from .get_subscription_attributes_request import GetSubscriptionAttributesRequest
    from .get_subscription_attributes_response import GetSubscriptionAttributesResponse
    from .get_topic_attributes_request import GetTopicAttributesRequest
    from .get_topic_attributes_response import GetTopicAttributesResponse
    from .get_topic_attributes_response_filter_type import GetTopicAttributesResponseFilterType
    from .list_queue_request import ListQueueRequest
    from .list_queue_response import ListQueueResponse
    from .list_subscription_by_topic_request import ListSubscriptionByTopicRequest
    from .list_subscription_by_topic_response import ListSubscriptionByTopicResponse
    from .list_topic_request import ListTopicRequest
    from .list_topic_response import ListTopicResponse
    from .message_id import MessageId
    from .publish_message_request import PublishMessageRequest
    from .publish_message_response import PublishMessageResponse
    from .queue_summary import QueueSummary
    from .receive_message_request import ReceiveMessageRequest
    from .receive_message_response import ReceiveMessageResponse
    from .received_message import ReceivedMessage
    from .rewind_queue_request import RewindQueueRequest
    from .rewind_queue_response import RewindQueueResponse
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse
    from .set_queue_attributes_request import SetQueueAttributesRequest
    from .set_queue_attributes_response import SetQueueAttributesResponse
    from .set_subscription_attributes_request import SetSubscriptionAttributesRequest
    from .set_subscription_attributes_request_notify_content_format import (
        SetSubscriptionAttributesRequestNotifyContentFormat,
    )
    from .set_subscription_attributes_request_notify_strategy import SetSubscriptionAttributesRequestNotifyStrategy
    from .set_subscription_attributes_response import SetSubscriptionAttributesResponse
    from .set_topic_attributes_request import SetTopicAttributesRequest
    from .set_topic_attributes_response import SetTopicAttributesResponse
    from .subscribe_request import SubscribeRequest
    from .subscribe_request_notify_content_format import SubscribeRequestNotifyContentFormat
    from .subscribe_request_notify_strategy import SubscribeRequestNotifyStrategy
    from .subscribe_request_protocol import SubscribeRequestProtocol
    from .subscribe_response import SubscribeResponse
    from .subscription_summary import SubscriptionSummary
    from .topic_summary import TopicSummary
    from .unsubscribe_request import UnsubscribeRequest
    from .unsubscribe_response import UnsubscribeResponse

    pass

_MODULE_OF = {
    "BatchDeleteError": ".batch_delete_error",
    "BatchDeleteMessageRequest": ".batch_delete_message_request",
    "BatchDeleteMessageResponse": ".batch_delete_message_response",
    "BatchPublishMessageRequest": ".batch_publish_message_request",
    "BatchPublishMessageResponse": ".batch_publish_message_response",
    "BatchReceiveMessageRequest": ".batch_receive_message_request",
    "BatchReceiveMessageResponse": ".batch_receive_message_response",
    "BatchSendMessageRequest": ".batch_send_message_request",
    "BatchSendMessageResponse": ".batch_send_message_response",
    "ClearSubscriptionFilterTagsRequest": ".clear_subscription_filter_tags_request",
    "ClearSubscriptionFilterTagsResponse": ".clear_subscription_filter_tags_response",
    "CreateQueueRequest": ".create_queue_request",
    "CreateQueueResponse": ".create_queue_response",
    "CreateTopicRequest": ".create_topic_request",
    "CreateTopicRequestFilterType": ".create_topic_request_filter_type",
    "CreateTopicResponse": ".create_topic_response",
    "DeleteMessageRequest": ".delete_message_request",
    "DeleteMessageResponse": ".delete_message_response",
    "DeleteQueueRequest": ".delete_queue_request",
    "DeleteQueueResponse": ".delete_queue_response",
    "DeleteTopicRequest": ".delete_topic_request",
    "DeleteTopicResponse": ".delete_topic_response",
    "Envelope": ".envelope",
    "GetQueueAttributesRequest": ".get_queue_attributes_request",
    "GetQueueAttributesResponse": ".get_queue_attributes_response",
    "GetSubscriptionAttributesRequest": ".get_subscription_attributes_request",
    "GetSubscriptionAttributesResponse": ".get_subscription_attributes_response",
    "GetTopicAttributesRequest": ".get_topic_attributes_request",
    "GetTopicAttributesResponse": ".get_topic_attributes_response",
    "GetTopicAttributesResponseFilterType": ".get_topic_attributes_response_filter_type",
    "ListQueueRequest": ".list_queue_request",
    "ListQueueResponse": ".list_queue_response",
    "ListSubscriptionByTopicRequest": ".list_subscription_by_topic_request",
    "ListSubscriptionByTopicResponse": ".list_subscription_by_topic_response",
    "ListTopicRequest": ".list_topic_request",
    "ListTopicResponse": ".list_topic_response",
    "MessageId": ".message_id",
    "PublishMessageRequest": ".publish_message_request",
    "PublishMessageResponse": ".publish_message_response",
    "QueueSummary": ".queue_summary",
    "ReceiveMessageRequest": ".receive_message_request",
    "ReceiveMessageResponse": ".receive_message_response",
    "ReceivedMessage": ".received_message",
    "RewindQueueRequest": ".rewind_queue_request",
    "RewindQueueResponse": ".rewind_queue_response",
    "SendMessageRequest": ".send_message_request",
    "SendMessageResponse": ".send_message_response",
    "SetQueueAttributesRequest": ".set_queue_attributes_request",
    "SetQueueAttributesResponse": ".set_queue_attributes_response",
    "SetSubscriptionAttributesRequest": ".set_subscription_attributes_request",
    "SetSubscriptionAttributesRequestNotifyContentFormat": ".set_subscription_attributes_request_notify_content_format",
    "SetSubscriptionAttributesRequestNotifyStrategy": ".set_subscription_attributes_request_notify_strategy",
    "SetSubscriptionAttributesResponse": ".set_subscription_attributes_response",
    "SetTopicAttributesRequest": ".set_topic_attributes_request",
    "SetTopicAttributesResponse": ".set_topic_attributes_response",
    "SubscribeRequest": ".subscribe_request",
    "SubscribeRequestNotifyContentFormat": ".subscribe_request_notify_content_format",
    "SubscribeRequestNotifyStrategy": ".subscribe_request_notify_strategy",
    "SubscribeRequestProtocol": ".subscribe_request_protocol",
    "SubscribeResponse": ".subscribe_response",
    "SubscriptionSummary": ".subscription_summary",
    "TopicSummary": ".topic_summary",
    "UnsubscribeRequest": ".unsubscribe_request",
    "UnsubscribeResponse": ".unsubscribe_response",
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
    "BatchDeleteError",
    "BatchDeleteMessageRequest",
    "BatchDeleteMessageResponse",
    "BatchPublishMessageRequest",
    "BatchPublishMessageResponse",
    "BatchReceiveMessageRequest",
    "BatchReceiveMessageResponse",
    "BatchSendMessageRequest",
    "BatchSendMessageResponse",
    "ClearSubscriptionFilterTagsRequest",
    "ClearSubscriptionFilterTagsResponse",
    "CreateQueueRequest",
    "CreateQueueResponse",
    "CreateTopicRequest",
    "CreateTopicRequestFilterType",
    "CreateTopicResponse",
    "DeleteMessageRequest",
    "DeleteMessageResponse",
    "DeleteQueueRequest",
    "DeleteQueueResponse",
    "DeleteTopicRequest",
    "DeleteTopicResponse",
    "Envelope",
    "GetQueueAttributesRequest",
    "GetQueueAttributesResponse",
    "GetSubscriptionAttributesRequest",
    "GetSubscriptionAttributesResponse",
    "GetTopicAttributesRequest",
    "GetTopicAttributesResponse",
    "GetTopicAttributesResponseFilterType",
    "ListQueueRequest",
    "ListQueueResponse",
    "ListSubscriptionByTopicRequest",
    "ListSubscriptionByTopicResponse",
    "ListTopicRequest",
    "ListTopicResponse",
    "MessageId",
    "PublishMessageRequest",
    "PublishMessageResponse",
    "QueueSummary",
    "ReceivedMessage",
    "ReceiveMessageRequest",
    "ReceiveMessageResponse",
    "RewindQueueRequest",
    "RewindQueueResponse",
    "SendMessageRequest",
    "SendMessageResponse",
    "SetQueueAttributesRequest",
    "SetQueueAttributesResponse",
    "SetSubscriptionAttributesRequest",
    "SetSubscriptionAttributesRequestNotifyContentFormat",
    "SetSubscriptionAttributesRequestNotifyStrategy",
    "SetSubscriptionAttributesResponse",
    "SetTopicAttributesRequest",
    "SetTopicAttributesResponse",
    "SubscribeRequest",
    "SubscribeRequestNotifyContentFormat",
    "SubscribeRequestNotifyStrategy",
    "SubscribeRequestProtocol",
    "SubscribeResponse",
    "SubscriptionSummary",
    "TopicSummary",
    "UnsubscribeRequest",
    "UnsubscribeResponse",
)
