"""Contains all the data models used in inputs/outputs.

mqclients: models are imported on first use (PEP 562), so importing a client does not import hundreds of model
modules; type checkers and IDEs still see every name through the TYPE_CHECKING imports.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .claim import Claim
    from .claim_create import ClaimCreate
    from .claim_update import ClaimUpdate
    from .claimed_messages import ClaimedMessages
    from .error import Error
    from .flavor import Flavor
    from .flavor_create import FlavorCreate
    from .flavor_create_capabilities import FlavorCreateCapabilities
    from .flavor_list import FlavorList
    from .flavor_update import FlavorUpdate
    from .flavor_update_capabilities import FlavorUpdateCapabilities
    from .health import Health
    from .health_operation_status import HealthOperationStatus
    from .home_document import HomeDocument
    from .home_document_resources import HomeDocumentResources
    from .home_resource import HomeResource
    from .home_resource_hints import HomeResourceHints
    from .home_resource_hints_formats import HomeResourceHintsFormats
    from .home_resource_href_vars import HomeResourceHrefVars
    from .link import Link
    from .media_type import MediaType
    from .message import Message
    from .message_list import MessageList
    from .message_set import MessageSet
    from .new_message import NewMessage
    from .operation_status import OperationStatus
    from .pool import Pool
    from .pool_create import PoolCreate
    from .pool_create_options import PoolCreateOptions
    from .pool_list import PoolList
    from .pool_options import PoolOptions
    from .pool_update import PoolUpdate
    from .pool_update_options import PoolUpdateOptions
    from .popped_message import PoppedMessage
    from .popped_messages import PoppedMessages
    from .post_messages_request import PostMessagesRequest
    from .post_messages_result import PostMessagesResult
    from .pre_signed_url import PreSignedUrl
    from .pre_signed_url_request import PreSignedUrlRequest
    from .pre_signed_url_request_paths_item import PreSignedUrlRequestPathsItem
    from .queue import Queue
    from .queue_list import QueueList
    from .queue_message_stats import QueueMessageStats
    from .queue_metadata import QueueMetadata
    from .queue_patch_operation import QueuePatchOperation
    from .queue_patch_operation_op import QueuePatchOperationOp
    from .queue_purge_request import QueuePurgeRequest
    from .queue_purge_request_resource_types_item import QueuePurgeRequestResourceTypesItem
    from .queue_stats import QueueStats
    from .queue_stats_message import QueueStatsMessage
    from .retry_policy import RetryPolicy
    from .retry_policy_retry_backoff_function import RetryPolicyRetryBackoffFunction
    from .subscription import Subscription
    from .subscription_confirm import SubscriptionConfirm
    from .subscription_create import SubscriptionCreate
    from .subscription_created import SubscriptionCreated
    from .subscription_list import SubscriptionList
    from .subscription_options import SubscriptionOptions
    from .subscription_options_post_headers import SubscriptionOptionsPostHeaders
    from .subscription_update import SubscriptionUpdate
    from .version import Version
    from .version_list import VersionList
    from .version_status import VersionStatus

    pass

_MODULE_OF = {
    "Claim": ".claim",
    "ClaimCreate": ".claim_create",
    "ClaimUpdate": ".claim_update",
    "ClaimedMessages": ".claimed_messages",
    "Error": ".error",
    "Flavor": ".flavor",
    "FlavorCreate": ".flavor_create",
    "FlavorCreateCapabilities": ".flavor_create_capabilities",
    "FlavorList": ".flavor_list",
    "FlavorUpdate": ".flavor_update",
    "FlavorUpdateCapabilities": ".flavor_update_capabilities",
    "Health": ".health",
    "HealthOperationStatus": ".health_operation_status",
    "HomeDocument": ".home_document",
    "HomeDocumentResources": ".home_document_resources",
    "HomeResource": ".home_resource",
    "HomeResourceHints": ".home_resource_hints",
    "HomeResourceHintsFormats": ".home_resource_hints_formats",
    "HomeResourceHrefVars": ".home_resource_href_vars",
    "Link": ".link",
    "MediaType": ".media_type",
    "Message": ".message",
    "MessageList": ".message_list",
    "MessageSet": ".message_set",
    "NewMessage": ".new_message",
    "OperationStatus": ".operation_status",
    "Pool": ".pool",
    "PoolCreate": ".pool_create",
    "PoolCreateOptions": ".pool_create_options",
    "PoolList": ".pool_list",
    "PoolOptions": ".pool_options",
    "PoolUpdate": ".pool_update",
    "PoolUpdateOptions": ".pool_update_options",
    "PoppedMessage": ".popped_message",
    "PoppedMessages": ".popped_messages",
    "PostMessagesRequest": ".post_messages_request",
    "PostMessagesResult": ".post_messages_result",
    "PreSignedUrl": ".pre_signed_url",
    "PreSignedUrlRequest": ".pre_signed_url_request",
    "PreSignedUrlRequestPathsItem": ".pre_signed_url_request_paths_item",
    "Queue": ".queue",
    "QueueList": ".queue_list",
    "QueueMessageStats": ".queue_message_stats",
    "QueueMetadata": ".queue_metadata",
    "QueuePatchOperation": ".queue_patch_operation",
    "QueuePatchOperationOp": ".queue_patch_operation_op",
    "QueuePurgeRequest": ".queue_purge_request",
    "QueuePurgeRequestResourceTypesItem": ".queue_purge_request_resource_types_item",
    "QueueStats": ".queue_stats",
    "QueueStatsMessage": ".queue_stats_message",
    "RetryPolicy": ".retry_policy",
    "RetryPolicyRetryBackoffFunction": ".retry_policy_retry_backoff_function",
    "Subscription": ".subscription",
    "SubscriptionConfirm": ".subscription_confirm",
    "SubscriptionCreate": ".subscription_create",
    "SubscriptionCreated": ".subscription_created",
    "SubscriptionList": ".subscription_list",
    "SubscriptionOptions": ".subscription_options",
    "SubscriptionOptionsPostHeaders": ".subscription_options_post_headers",
    "SubscriptionUpdate": ".subscription_update",
    "Version": ".version",
    "VersionList": ".version_list",
    "VersionStatus": ".version_status",
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
    "Claim",
    "ClaimCreate",
    "ClaimedMessages",
    "ClaimUpdate",
    "Error",
    "Flavor",
    "FlavorCreate",
    "FlavorCreateCapabilities",
    "FlavorList",
    "FlavorUpdate",
    "FlavorUpdateCapabilities",
    "Health",
    "HealthOperationStatus",
    "HomeDocument",
    "HomeDocumentResources",
    "HomeResource",
    "HomeResourceHints",
    "HomeResourceHintsFormats",
    "HomeResourceHrefVars",
    "Link",
    "MediaType",
    "Message",
    "MessageList",
    "MessageSet",
    "NewMessage",
    "OperationStatus",
    "Pool",
    "PoolCreate",
    "PoolCreateOptions",
    "PoolList",
    "PoolOptions",
    "PoolUpdate",
    "PoolUpdateOptions",
    "PoppedMessage",
    "PoppedMessages",
    "PostMessagesRequest",
    "PostMessagesResult",
    "PreSignedUrl",
    "PreSignedUrlRequest",
    "PreSignedUrlRequestPathsItem",
    "Queue",
    "QueueList",
    "QueueMessageStats",
    "QueueMetadata",
    "QueuePatchOperation",
    "QueuePatchOperationOp",
    "QueuePurgeRequest",
    "QueuePurgeRequestResourceTypesItem",
    "QueueStats",
    "QueueStatsMessage",
    "RetryPolicy",
    "RetryPolicyRetryBackoffFunction",
    "Subscription",
    "SubscriptionConfirm",
    "SubscriptionCreate",
    "SubscriptionCreated",
    "SubscriptionList",
    "SubscriptionOptions",
    "SubscriptionOptionsPostHeaders",
    "SubscriptionUpdate",
    "Version",
    "VersionList",
    "VersionStatus",
)
