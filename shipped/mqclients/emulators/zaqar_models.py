# Generated from specs/openstack-zaqar-v2.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.emulators.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from typing_extensions import TypeAliasType


class Error(BaseModel):
    title: Annotated[
        str,
        Field(description='Short, stable name of the error (for example "Invalid API request", "Not found").'),
    ]
    description: Annotated[
        str | None,
        Field(description="What went wrong, in English; absent on routing errors (unknown path, wrong method)."),
    ] = None


class Link(BaseModel):
    rel: Annotated[
        str,
        Field(description="Relation of the link (`next` for the following page, `self` for a version)."),
    ]
    href: Annotated[str, Field(description="Path of the linked resource, with its query string.")]


class MediaType(BaseModel):
    base: Annotated[str, Field(description="The base media type.")]
    type: Annotated[str, Field(description="The vendor media type of the version.")]


class Version(BaseModel):
    id: Annotated[str, Field(description="Major version number.")]
    status: Annotated[
        Literal["CURRENT", "SUPPORTED", "DEPRECATED"],
        Field(description="Support status of the version."),
    ]
    updated: Annotated[
        str | None,
        Field(
            description='When the version last changed (as the server writes it, for example "2014-9-24T04:06:47Z").'
        ),
    ] = None
    media_types: Annotated[
        list[MediaType] | None,
        Field(alias="media-types", description="Media types the version serves."),
    ] = None
    links: Annotated[list[Link], Field(description="Links to the version root (`rel` self).")]


class VersionList(BaseModel):
    versions: Annotated[list[Version], Field(description="The supported major versions.")]


class HomeResourceHints(BaseModel):
    allow: Annotated[list[str] | None, Field(description="HTTP methods the resource accepts.")] = None
    formats: Annotated[
        dict[str, Any] | None,
        Field(description="Media types the resource serves, as keys."),
    ] = None
    accept_post: Annotated[
        list[str] | None,
        Field(
            alias="accept-post",
            description="Media types accepted in POST and PATCH bodies.",
        ),
    ] = None


class HomeResource(BaseModel):
    href_template: Annotated[
        str | None,
        Field(
            alias="href-template",
            description="URI template of the resource (RFC 6570).",
        ),
    ] = None
    href: Annotated[
        str | None,
        Field(description="Fixed path of the resource, for resources without variables."),
    ] = None
    href_vars: Annotated[
        dict[str, str] | None,
        Field(
            alias="href-vars",
            description="Meaning of each template variable, as a parameter relation name.",
        ),
    ] = None
    hints: HomeResourceHints | None = None


class HomeDocument(BaseModel):
    resources: Annotated[
        dict[str, HomeResource],
        Field(description="The resources, keyed by relation name (for example `rel/queues`)."),
    ]


class OperationStatus(BaseModel):
    succeeded: Annotated[bool, Field(description="Whether the step succeeded.")]
    seconds: Annotated[float, Field(description="How long the step took, in seconds.")]
    ref: Annotated[
        str | None,
        Field(description="On failure, an id under which the server logged the error; null on success."),
    ] = None


class Health(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    storage_reachable: Annotated[bool | None, Field(description="Whether the message store answers.")] = None
    operation_status: Annotated[
        dict[str, OperationStatus] | None,
        Field(
            description="Outcome of each step of the check workload, keyed by step (create_queue, post_messages, claim_messages, list_messages, delete_messages, delete_claim, bulk_delete_messages, delete_queue)."
        ),
    ] = None
    catalog_reachable: Annotated[
        bool | None,
        Field(description="With pooling, whether the pool catalog answers."),
    ] = None


class QueuePatchOperation(BaseModel):
    op: Annotated[
        Literal["add", "replace", "remove"],
        Field(
            description="What to do with the key; `add` sets it, `replace` changes a key that is set or reserved, `remove` deletes it."
        ),
    ]
    path: Annotated[
        str,
        Field(
            description="JSON pointer of the metadata key, always `/metadata/<key>`.",
            pattern="^/metadata/[^/]+$",
        ),
    ]
    value: Annotated[
        Any | None,
        Field(description="New value of the key (any JSON value); required for `add` and `replace`."),
    ] = None


class QueueStatsMessage(BaseModel):
    href: Annotated[str, Field(description="Path of the message.")]
    age: Annotated[int, Field(description="Seconds since the message was posted.")]
    ttl: Annotated[int, Field(description="Lifetime of the message in seconds.")]
    body: Annotated[Any | None, Field(description="Body of the message (any JSON value).")] = None
    claim_id: Annotated[str | None, Field(description="Id of the claim holding the message, or null.")] = None
    claim_count: Annotated[int | None, Field(description="How many times the message has been claimed.")] = None
    created: Annotated[
        str,
        Field(description="When the message was posted (UTC, `YYYY-MM-DDTHH:MM:SSZ`)."),
    ]
    checksum: Annotated[
        str | None,
        Field(description="Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`."),
    ] = None


class QueueMessageStats(BaseModel):
    claimed: Annotated[int, Field(description="Messages currently claimed.")]
    free: Annotated[int, Field(description="Messages not claimed.")]
    total: Annotated[int, Field(description="All messages.")]
    oldest: QueueStatsMessage | None = None
    newest: QueueStatsMessage | None = None


class QueueStats(BaseModel):
    messages: QueueMessageStats


class QueuePurgeRequest(BaseModel):
    resource_types: Annotated[
        list[Literal["messages", "subscriptions"]],
        Field(description="The kinds of resources to delete."),
    ]


class PreSignedUrlRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    paths: Annotated[
        list[Literal["messages", "subscriptions", "claims"]] | None,
        Field(description="Resources of the queue to grant, relative to it (default `messages`)."),
    ] = None
    methods: Annotated[
        list[str] | None,
        Field(description="HTTP methods to grant (default `GET`); the server does not check the names."),
    ] = None
    expires: Annotated[
        str | None,
        Field(
            description="Expiry, an ISO 8601 date-time in the future such as `2030-01-01T00:00:00` (default one day from now). A bare number is 400."
        ),
    ] = None


class PreSignedUrl(BaseModel):
    paths: Annotated[list[str], Field(description="Absolute paths granted, sorted.")]
    methods: Annotated[list[str], Field(description="HTTP methods granted, sorted.")]
    project: Annotated[str, Field(description="Project the grant belongs to.")]
    expires: Annotated[str, Field(description="Expiry (UTC, `YYYY-MM-DDTHH:MM:SS`).")]
    signature: Annotated[str, Field(description="Hex HMAC-SHA256 signature of the grant.")]


class NewMessage(BaseModel):
    body: Annotated[
        Any,
        Field(description="Body of the message, any JSON value (object, array, string, number, boolean or null)."),
    ]
    ttl: Annotated[
        int | None,
        Field(
            description="Lifetime in seconds; default the queue's `_default_message_ttl`, else the server's `default_message_ttl` (3600). A JSON integer; the client sends a whole float (300.0) as one.",
            ge=60,
            le=1209600,
        ),
    ] = None
    delay: Annotated[
        int | None,
        Field(
            description="Seconds before the message can be claimed. Read only on queues that have `_default_message_delay` (which is also its default); ignored elsewhere.",
            ge=0,
            le=900,
        ),
    ] = None


class PostMessagesRequest(BaseModel):
    messages: Annotated[
        list[NewMessage],
        Field(description="The messages (at least one).", min_length=1),
    ]


class PostMessagesResult(BaseModel):
    resources: Annotated[
        list[str],
        Field(description="Path of each new message, in the order posted; the message id is the last segment."),
    ]


class Message(BaseModel):
    id: Annotated[str, Field(description="Id of the message.")]
    href: Annotated[
        str,
        Field(description="Path of the message; carries `?claim_id=` while the message is claimed."),
    ]
    ttl: Annotated[
        int,
        Field(description="Lifetime in seconds; the message expires `ttl - age` seconds from now."),
    ]
    age: Annotated[int, Field(description="Seconds since the message was posted.")]
    body: Annotated[Any, Field(description="Body of the message (any JSON value).")]
    checksum: Annotated[
        str | None,
        Field(description="Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`."),
    ] = None


class MessageList(BaseModel):
    messages: Annotated[list[Message], Field(description="The messages on this page, oldest first.")]
    links: Annotated[
        list[Link],
        Field(description="A `next` link while the page is not empty; empty on the page after the last message."),
    ]


class MessageSet(BaseModel):
    messages: Annotated[list[Message], Field(description="The messages found.")]


class PoppedMessage(BaseModel):
    id: Annotated[str, Field(description="Id of the message (it no longer exists).")]
    ttl: Annotated[int, Field(description="Lifetime the message had, in seconds.")]
    age: Annotated[int, Field(description="Seconds since the message was posted.")]
    body: Annotated[Any, Field(description="Body of the message (any JSON value).")]
    claim_id: Annotated[str | None, Field(description="Id of the short-lived claim the pop used.")] = None
    claim_count: Annotated[int | None, Field(description="How many times the message had been claimed.")] = None
    checksum: Annotated[
        str | None,
        Field(description="Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`."),
    ] = None


class PoppedMessages(BaseModel):
    messages: Annotated[
        list[PoppedMessage],
        Field(description="The popped messages, oldest first; empty when the queue had none."),
    ]


class ClaimCreate(BaseModel):
    ttl: Annotated[
        int | None,
        Field(
            description="Seconds the claim lasts (server default `default_claim_ttl`, 300). A JSON integer; the client sends a whole float as one.",
            ge=60,
            le=43200,
        ),
    ] = None
    grace: Annotated[
        int | None,
        Field(
            description="Extra seconds claimed messages live after the claim expires (server default `default_claim_grace`, 60).",
            ge=60,
            le=43200,
        ),
    ] = None


class ClaimUpdate(BaseModel):
    ttl: Annotated[
        int | None,
        Field(
            description="New lifetime of the claim in seconds, counted from now (server default `default_claim_ttl`, 300, when left out).",
            ge=60,
            le=43200,
        ),
    ] = None
    grace: Annotated[
        int | None,
        Field(description="Extra seconds given to messages that would expire before the claim (server default 60)."),
    ] = None


class ClaimedMessages(BaseModel):
    messages: Annotated[
        list[Message],
        Field(description="The claimed messages, oldest first; each `href` carries `?claim_id=`."),
    ]


class Claim(BaseModel):
    age: Annotated[int, Field(description="Seconds since the claim was made or last renewed.")]
    ttl: Annotated[int, Field(description="Lifetime of the claim in seconds.")]
    href: Annotated[str, Field(description="Path of the claim.")]
    messages: Annotated[list[Message], Field(description="The messages the claim still holds.")]


class RetryPolicy(BaseModel):
    retries_with_no_delay: Annotated[int | None, Field(description="Immediate retries (default 3).")] = None
    minimum_delay_retries: Annotated[int | None, Field(description="Retries at the minimum delay (default 3).")] = None
    minimum_delay: Annotated[
        int | None,
        Field(description="Smallest delay between retries in seconds (default 5)."),
    ] = None
    maximum_delay: Annotated[
        int | None,
        Field(description="Largest delay between retries in seconds (default 30)."),
    ] = None
    maximum_delay_retries: Annotated[int | None, Field(description="Retries at the maximum delay (default 3).")] = None
    retry_backoff_function: Annotated[
        Literal["linear", "arithmetic", "exponential", "geometric"] | None,
        Field(description="How the delay grows between the minimum and maximum."),
    ] = None
    ignore_subscription_override: Annotated[
        bool | None,
        Field(description="In queue metadata, apply the queue's policy even to subscriptions that have their own."),
    ] = None


class SubscriptionOptions(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    post_data: Annotated[
        str | None,
        Field(description='Webhook body template; the string `"$zaqar_message$"` is replaced by the message as JSON.'),
    ] = None
    post_headers: Annotated[
        dict[str, str] | None,
        Field(description="Extra HTTP headers for webhook calls."),
    ] = None
    from_: Annotated[
        str | None,
        Field(alias="from", description="Sender address of `mailto:` notifications."),
    ] = None
    subject: Annotated[str | None, Field(description="Subject of `mailto:` notifications.")] = None
    trust_id: Annotated[
        str | None,
        Field(description="Keystone trust used by `trust+http(s)` subscribers (created by the server if absent)."),
    ] = None
    field_retry_policy: Annotated[RetryPolicy | None, Field(alias="_retry_policy")] = None


class SubscriptionCreate(BaseModel):
    subscriber: Annotated[
        str,
        Field(
            description="Where to notify; a URI whose scheme is one of the server's `subscriber_types` (http, https, mailto, trust+http, trust+https by default).",
            pattern="^(https?|mailto|trust\\+https?):",
        ),
    ]
    ttl: Annotated[
        int | None,
        Field(
            description="Lifetime of the subscription in seconds (server default `default_subscription_ttl`, 3600).",
            ge=60,
        ),
    ] = None
    options: SubscriptionOptions | None = None


class SubscriptionCreated(BaseModel):
    subscription_id: Annotated[str, Field(description="Id of the subscription.")]


class Subscription(BaseModel):
    id: Annotated[str, Field(description="Id of the subscription.")]
    source: Annotated[str, Field(description="Name of the queue it watches.")]
    subscriber: Annotated[str, Field(description="URI notified of new messages.")]
    ttl: Annotated[int, Field(description="Lifetime of the subscription in seconds.")]
    age: Annotated[
        int,
        Field(description="Seconds since the subscription was created or its ttl last changed."),
    ]
    options: SubscriptionOptions
    confirmed: Annotated[bool | None, Field(description="Whether the subscriber confirmed it.")] = None


class SubscriptionList(BaseModel):
    subscriptions: Annotated[list[Subscription], Field(description="The subscriptions on this page.")]
    links: Annotated[
        list[Link],
        Field(description="A `next` link while the page is not empty; empty on the page after the last subscription."),
    ]


class SubscriptionUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    subscriber: Annotated[
        str | None,
        Field(
            description="New subscriber URI (same schemes as on creation).",
            pattern="^(https?|mailto|trust\\+https?):",
        ),
    ] = None
    ttl: Annotated[
        int | None,
        Field(description="New lifetime in seconds, counted from now.", ge=60),
    ] = None
    options: SubscriptionOptions | None = None


class SubscriptionConfirm(BaseModel):
    confirmed: Annotated[
        bool,
        Field(description="True to confirm, false to unconfirm (the subscriber then gets an unsubscribe notice)."),
    ]


class PoolCreate(BaseModel):
    uri: Annotated[
        str,
        Field(
            description="URI of the pool's message store (`redis://...`, `mongodb://...`); the server must be able to connect to it.",
            max_length=255,
        ),
    ]
    weight: Annotated[
        int,
        Field(
            description="Relative chance that a new queue is placed in this pool.",
            ge=0,
            le=4294967295,
        ),
    ]
    flavor: Annotated[
        str | None,
        Field(
            description="A flavor to put the pool in (the flavor must exist).",
            max_length=255,
        ),
    ] = None
    options: Annotated[dict[str, Any] | None, Field(description="Store-specific options.")] = None


class PoolUpdate(BaseModel):
    uri: Annotated[
        str | None,
        Field(description="New URI of the pool's message store.", max_length=255),
    ] = None
    weight: Annotated[int | None, Field(description="New weight.", ge=0, le=4294967295)] = None
    flavor: Annotated[str | None, Field(description="New flavor of the pool.", max_length=255)] = None
    options: Annotated[dict[str, Any] | None, Field(description="New store-specific options.")] = None


class Pool(BaseModel):
    name: Annotated[str, Field(description="Name of the pool.")]
    uri: Annotated[
        str,
        Field(description="URI of the pool's message store, as registered (credentials included)."),
    ]
    weight: Annotated[
        int,
        Field(description="Relative chance that a new queue is placed in this pool."),
    ]
    flavor: Annotated[
        str | None,
        Field(description="The flavor the pool belongs to; null or empty when none."),
    ] = None
    options: Annotated[
        dict[str, Any] | None,
        Field(description="Store-specific options; only with `detailed=true`."),
    ] = None
    href: Annotated[str, Field(description="Path of the pool.")]


class PoolList(BaseModel):
    pools: Annotated[list[Pool], Field(description="The pools on this page, sorted by name.")]
    links: Annotated[
        list[Link],
        Field(description="A `next` link while the page is not empty; empty on the page after the last pool."),
    ]


class FlavorCreate(BaseModel):
    pool_list: Annotated[
        list[str],
        Field(description="Names of registered pools (at least one).", min_length=1),
    ]
    capabilities: Annotated[
        dict[str, Any] | None,
        Field(description="Accepted and ignored; the flavor takes its first pool's capabilities."),
    ] = None


class FlavorUpdate(BaseModel):
    pool_list: Annotated[
        list[str],
        Field(description="Names of registered pools (at least one).", min_length=1),
    ]
    capabilities: Annotated[dict[str, Any] | None, Field(description="Accepted and ignored.")] = None


class Flavor(BaseModel):
    name: Annotated[str, Field(description="Name of the flavor.")]
    pool_list: Annotated[
        list[str] | None,
        Field(description="Names of the flavor's pools (a listing leaves it out when there are none)."),
    ] = None
    capabilities: Annotated[
        list[str] | None,
        Field(
            description="Names of the store capabilities (`FIFO`, `CLAIMS`, `AOD`, `HIGH_THROUGHPUT`, ...); on a single flavor always, in a listing only with `detailed=true`."
        ),
    ] = None
    href: Annotated[str, Field(description="Path of the flavor.")]


class FlavorList(BaseModel):
    flavors: Annotated[list[Flavor], Field(description="The flavors on this page, sorted by name.")]
    links: Annotated[
        list[Link],
        Field(description="A `next` link while the page is not empty; empty on the page after the last flavor."),
    ]


class V2QueuesGetParametersQuery(BaseModel):
    marker: str | None = None
    limit: Annotated[int, Field(ge=1, le=20)] = 10
    detailed: bool = False
    with_count: bool = False
    name: str | None = None


V2QueuesQueueNamePatchRequest = TypeAliasType(
    "V2QueuesQueueNamePatchRequest",
    Annotated[
        list[QueuePatchOperation],
        Field(description="JSON patch operations on the queue metadata.", min_length=1),
    ],
)


class V2QueuesQueueNameMessagesGetParametersQuery(BaseModel):
    marker: str | None = None
    limit: Annotated[int, Field(ge=1, le=20)] = 10
    echo: bool = False
    include_claimed: bool = False
    include_delayed: bool = False


class V2QueuesQueueNameMessagesIdsGetParametersQuery(BaseModel):
    ids: Annotated[list[str], Field(max_length=20, min_length=1)]


class V2QueuesQueueNameMessagesIdsDeleteParametersQuery(BaseModel):
    ids: Annotated[list[str], Field(max_length=20, min_length=1)]
    claim_ids: list[str] | None = None


class V2QueuesQueueNameMessagesPopDeleteParametersQuery(BaseModel):
    pop: Annotated[int, Field(ge=1, le=20)]


class V2QueuesQueueNameMessagesMessageIdDeleteParametersQuery(BaseModel):
    claim_id: str | None = None


class V2QueuesQueueNameClaimsPostParametersQuery(BaseModel):
    limit: Annotated[int | None, Field(ge=1, le=20)] = None


class V2QueuesQueueNameSubscriptionsGetParametersQuery(BaseModel):
    marker: str | None = None
    limit: Annotated[int, Field(ge=1, le=20)] = 10


class V2PoolsGetParametersQuery(BaseModel):
    marker: str | None = None
    limit: Annotated[int, Field(ge=1, le=20)] = 10
    detailed: bool = False


class V2PoolsPoolNameGetParametersQuery(BaseModel):
    detailed: bool = False


class V2FlavorsGetParametersQuery(BaseModel):
    marker: str | None = None
    limit: Annotated[int, Field(ge=1, le=20)] = 10
    detailed: bool = False


class QueueMetadata(BaseModel):
    model_config = ConfigDict(
        extra="allow",
    )
    field_default_message_ttl: Annotated[
        int | None,
        Field(
            alias="_default_message_ttl",
            description="TTL in seconds given to messages posted without one (server default `default_message_ttl`, 3600).",
            ge=60,
            le=1209600,
        ),
    ] = None
    field_max_messages_post_size: Annotated[
        int | None,
        Field(
            alias="_max_messages_post_size",
            description="Largest accepted post-messages request body for this queue, in bytes (server default and upper bound `max_messages_post_size`, 262144).",
            ge=1,
            le=262144,
        ),
    ] = None
    field_default_message_delay: Annotated[
        int | None,
        Field(
            alias="_default_message_delay",
            description="Delay in seconds before new messages can be claimed; also enables the per-message `delay` field (0 = no delay).",
            ge=0,
            le=900,
        ),
    ] = None
    field_dead_letter_queue: Annotated[
        str | None,
        Field(
            alias="_dead_letter_queue",
            description="Name of the queue that receives messages claimed more than `_max_claim_count` times.",
        ),
    ] = None
    field_dead_letter_queue_messages_ttl: Annotated[
        int | None,
        Field(
            alias="_dead_letter_queue_messages_ttl",
            description="TTL in seconds of messages moved to the dead letter queue (default their remaining TTL).",
            ge=60,
            le=1209600,
        ),
    ] = None
    field_max_claim_count: Annotated[
        int | None,
        Field(
            alias="_max_claim_count",
            description="How many times a message may be claimed before it moves to the dead letter queue.",
        ),
    ] = None
    field_enable_encrypt_messages: Annotated[
        bool | None,
        Field(
            alias="_enable_encrypt_messages",
            description="Store message bodies encrypted (server option `message_encryption_algorithms`).",
        ),
    ] = None
    field_flavor: Annotated[
        str | None,
        Field(
            alias="_flavor",
            description="With pooling, the flavor to place the queue in. Never in the server's defaults; answered only as stored when the queue was created or patched with it.",
        ),
    ] = None
    field_retry_policy: Annotated[RetryPolicy | None, Field(alias="_retry_policy")] = None


class Queue(BaseModel):
    name: Annotated[str, Field(description="Name of the queue.")]
    href: Annotated[str, Field(description="Path of the queue.")]
    metadata: QueueMetadata | None = None


class QueueList(BaseModel):
    queues: Annotated[list[Queue], Field(description="The queues on this page, sorted by name.")]
    links: Annotated[
        list[Link],
        Field(description="A `next` link while the page is not empty; empty on the page after the last queue."),
    ]
    count: Annotated[
        int | None,
        Field(description="Total number of the project's queues; only with `with_count=true`, and omitted when 0."),
    ] = None
