# Generated from specs/tencent-cmq.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.emulators.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field
from typing_extensions import TypeAliasType


class Envelope(BaseModel):
    code: Annotated[
        int,
        Field(description="0 on success, otherwise the error code (see the schema's description)."),
    ]
    message: Annotated[
        str,
        Field(description="Empty on success; otherwise what went wrong, usually led by a module code in parentheses."),
    ]
    requestId: Annotated[str, Field(description="The server's id of the request, for support.")]


class QueueSummary(BaseModel):
    queueId: Annotated[str | None, Field(description="Id of the queue, such as `queue-ajksdfasdowe`.")] = None
    queueName: Annotated[str | None, Field(description="Name of the queue.")] = None


class TopicSummary(BaseModel):
    topicId: Annotated[str | None, Field(description="Id of the topic, such as `topic-ajksdfasdowe`.")] = None
    topicName: Annotated[str | None, Field(description="Name of the topic.")] = None


class SubscriptionSummary(BaseModel):
    subscriptionId: Annotated[str | None, Field(description="Id of the subscription.")] = None
    subscriptionName: Annotated[str | None, Field(description="Name of the subscription.")] = None
    protocol: Annotated[str | None, Field(description="Where it delivers, `http` or `queue`.")] = None
    endpoint: Annotated[
        str | None,
        Field(description="The URL it pushes to (protocol http) or the name of the queue it feeds (protocol queue)."),
    ] = None


class MessageId(BaseModel):
    msgId: Annotated[str | None, Field(description="Id of the message.")] = None


class ReceivedMessage(BaseModel):
    msgBody: Annotated[str | None, Field(description="The message body, as sent.")] = None
    msgId: Annotated[str | None, Field(description="Id of the message.")] = None
    receiptHandle: Annotated[
        str | None,
        Field(
            description="Handle for DeleteMessage, valid until `nextVisibleTime` and only until the message is received\nagain.\n"
        ),
    ] = None
    enqueueTime: Annotated[int | None, Field(description="When the message was stored, in Unix seconds.")] = None
    firstDequeueTime: Annotated[
        int | None,
        Field(description="When the message was first received, in Unix seconds (called reserved in newer pages)."),
    ] = None
    nextVisibleTime: Annotated[
        int | None,
        Field(description="When the message becomes visible again unless deleted, in Unix seconds."),
    ] = None
    dequeueCount: Annotated[
        int | None,
        Field(description="How many times the message has been received (called reserved in newer pages)."),
    ] = None


class BatchDeleteError(BaseModel):
    code: Annotated[
        int | None,
        Field(description="Why, as a top-level error code (usually 4430, an expired or replaced handle)."),
    ] = None
    message: Annotated[str | None, Field(description="Why, in words.")] = None
    receiptHandle: Annotated[str | None, Field(description="The handle that failed.")] = None


class CreateQueueRequest(BaseModel):
    Action: Annotated[
        Literal["CreateQueue"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(
            description="Name of the new queue: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in\nthe account and region; cannot change later.\n",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]
    maxMsgHeapNum: Annotated[
        int | None,
        Field(
            description="Most messages the queue holds at once (1,000,000 to 1,000,000,000; the server's default is\n100,000,000, or 10,000,000 for beta accounts).\n",
            ge=1000000,
            le=1000000000,
        ),
    ] = None
    pollingWaitSeconds: Annotated[
        int,
        Field(
            description="How long a receive waits for a message when it does not say itself, in seconds.",
            ge=0,
            le=30,
        ),
    ] = 0
    visibilityTimeout: Annotated[
        int,
        Field(
            description="How long a received message stays hidden before it can be received again, in seconds.",
            ge=1,
            le=43200,
        ),
    ] = 30
    maxMsgSize: Annotated[
        int,
        Field(
            description="Largest message body the queue accepts, in bytes (1 KB to 1 MB).",
            ge=1024,
            le=1048576,
        ),
    ] = 65536
    msgRetentionSeconds: Annotated[
        int,
        Field(
            description="How long an unconsumed message is kept, in seconds (1 minute to 15 days; default 4 days).",
            ge=60,
            le=1296000,
        ),
    ] = 345600
    rewindSeconds: Annotated[
        int,
        Field(
            description="How long deleted messages can still be replayed by RewindQueue, in seconds; at most\n`msgRetentionSeconds`. 0 turns rewinding off.\n",
            ge=0,
            le=1296000,
        ),
    ] = 0


class CreateQueueResponse(Envelope):
    queueId: Annotated[
        str | None,
        Field(description="Id of the new queue, such as `queue-ajksdfasdowe`."),
    ] = None


class GetQueueAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["GetQueueAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]


class GetQueueAttributesResponse(Envelope):
    maxMsgHeapNum: Annotated[int | None, Field(description="Most messages the queue holds at once.")] = None
    pollingWaitSeconds: Annotated[int | None, Field(description="Default wait of a receive, in seconds.")] = None
    visibilityTimeout: Annotated[
        int | None,
        Field(description="How long a received message stays hidden, in seconds."),
    ] = None
    maxMsgSize: Annotated[int | None, Field(description="Largest message body accepted, in bytes.")] = None
    msgRetentionSeconds: Annotated[
        int | None,
        Field(description="How long an unconsumed message is kept, in seconds."),
    ] = None
    createTime: Annotated[int | None, Field(description="When the queue was created, in Unix seconds.")] = None
    lastModifyTime: Annotated[
        int | None,
        Field(description="When the queue's settings last changed, in Unix seconds."),
    ] = None
    activeMsgNum: Annotated[int | None, Field(description="Messages waiting to be received.")] = None
    inactiveMsgNum: Annotated[int | None, Field(description="Messages received and hidden, not yet deleted.")] = None
    delayMsgNum: Annotated[
        int | None,
        Field(description="Messages sent with a delay that are not visible yet."),
    ] = None
    rewindSeconds: Annotated[
        int | None,
        Field(description="How long deleted messages can still be replayed, in seconds (0 when rewinding is off)."),
    ] = None
    rewindmsgNum: Annotated[
        int | None,
        Field(description="Messages deleted but still inside the rewind window (the spelling of the API pages)."),
    ] = None
    rewindMsgNum: Annotated[
        int | None,
        Field(
            description="The same count under the spelling the Java SDK reads; expect `rewindmsgNum` from the server."
        ),
    ] = None
    minMsgTime: Annotated[
        int | None,
        Field(description="Age of the oldest unconsumed message, in seconds."),
    ] = None


class SetQueueAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["SetQueueAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    maxMsgHeapNum: Annotated[
        int | None,
        Field(
            description="Most messages the queue holds at once.",
            ge=1000000,
            le=1000000000,
        ),
    ] = None
    pollingWaitSeconds: Annotated[
        int | None,
        Field(description="Default wait of a receive, in seconds.", ge=0, le=30),
    ] = None
    visibilityTimeout: Annotated[
        int | None,
        Field(
            description="How long a received message stays hidden, in seconds.",
            ge=1,
            le=43200,
        ),
    ] = None
    maxMsgSize: Annotated[
        int | None,
        Field(description="Largest message body accepted, in bytes.", ge=1024, le=1048576),
    ] = None
    msgRetentionSeconds: Annotated[
        int | None,
        Field(
            description="How long an unconsumed message is kept, in seconds.",
            ge=60,
            le=1296000,
        ),
    ] = None
    rewindSeconds: Annotated[
        int | None,
        Field(
            description="How long deleted messages can still be replayed, in seconds (at most msgRetentionSeconds; 0 turns rewinding off).",
            ge=0,
            le=1296000,
        ),
    ] = None


class SetQueueAttributesResponse(Envelope):
    queueId: Annotated[
        str | None,
        Field(description="Id of the queue (shown by the page's example only)."),
    ] = None
    maxMsgHeapNum: Annotated[int | None, Field(description="Most messages the queue holds at once.")] = None
    pollingWaitSeconds: Annotated[int | None, Field(description="Default wait of a receive, in seconds.")] = None
    visibilityTimeout: Annotated[
        int | None,
        Field(description="How long a received message stays hidden, in seconds."),
    ] = None
    maxMsgSize: Annotated[int | None, Field(description="Largest message body accepted, in bytes.")] = None
    msgRetentionSeconds: Annotated[
        int | None,
        Field(description="How long an unconsumed message is kept, in seconds."),
    ] = None
    rewindSeconds: Annotated[
        int | None,
        Field(description="How long deleted messages can still be replayed, in seconds."),
    ] = None


class ListQueueRequest(BaseModel):
    Action: Annotated[
        Literal["ListQueue"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    searchWord: Annotated[
        str | None,
        Field(description="Answer only the queues whose name contains this text (fuzzy match)."),
    ] = None
    offset: Annotated[
        int,
        Field(
            description="How many matching queues to skip; when given, `limit` must be given too.",
            ge=0,
        ),
    ] = 0
    limit: Annotated[int, Field(description="Most queues to answer.", ge=0, le=50)] = 20


class ListQueueResponse(Envelope):
    totalCount: Annotated[
        int | None,
        Field(description="How many queues match in all (not the size of this page)."),
    ] = None
    queueList: Annotated[list[QueueSummary] | None, Field(description="This page's queues.")] = None


class DeleteQueueRequest(BaseModel):
    Action: Annotated[
        Literal["DeleteQueue"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]


class DeleteQueueResponse(Envelope):
    pass


class RewindQueueRequest(BaseModel):
    Action: Annotated[
        Literal["RewindQueue"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    startConsumeTime: Annotated[
        int,
        Field(
            description="Unix time in seconds; receives then start with the messages produced after it. It must lie inside\nthe queue's rewind window. (The Python SDK calls its argument `backTrackingTime`.)\n"
        ),
    ]


class RewindQueueResponse(Envelope):
    pass


class SendMessageRequest(BaseModel):
    Action: Annotated[
        Literal["SendMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    msgBody: Annotated[
        str,
        Field(
            description="The message body, at least 1 byte and at most the queue's `maxMsgSize`.",
            min_length=1,
        ),
    ]
    delaySeconds: Annotated[
        int,
        Field(
            description="Seconds before the message becomes visible (0: at once). The pages give no upper bound; the Go SDK\nchecks at most 6048000 (70 days).\n",
            ge=0,
        ),
    ] = 0


class SendMessageResponse(Envelope):
    msgId: Annotated[str | None, Field(description="Id of the stored message.")] = None


MsgBodyItem = TypeAliasType("MsgBodyItem", Annotated[str, Field(min_length=1)])


class BatchSendMessageRequest(BaseModel):
    Action: Annotated[
        Literal["BatchSendMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    msgBody: Annotated[
        list[MsgBodyItem],
        Field(
            description="The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the queue's\n`maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ...\n",
            max_length=16,
            min_length=1,
        ),
    ]
    delaySeconds: Annotated[
        int,
        Field(
            description="Seconds before the messages become visible (0 at once); one delay for the whole batch.",
            ge=0,
        ),
    ] = 0


class BatchSendMessageResponse(Envelope):
    msgList: Annotated[
        list[MessageId] | None,
        Field(description="The ids of the stored messages, in the order sent."),
    ] = None


class ReceiveMessageRequest(BaseModel):
    Action: Annotated[
        Literal["ReceiveMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    pollingWaitSeconds: Annotated[
        int | None,
        Field(
            description="Seconds to wait for a message when there is none (long poll); the queue's own setting when left out.",
            ge=0,
            le=30,
        ),
    ] = None


class ReceiveMessageResponse(Envelope, ReceivedMessage):
    pass


class BatchReceiveMessageRequest(BaseModel):
    Action: Annotated[
        Literal["BatchReceiveMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    numOfMsg: Annotated[int, Field(description="Most messages to answer; fewer may come.", ge=1, le=16)]
    pollingWaitSeconds: Annotated[
        int | None,
        Field(
            description="Seconds to wait for messages when there are none (long poll); the queue's own setting when left out.",
            ge=0,
            le=30,
        ),
    ] = None


class BatchReceiveMessageResponse(Envelope):
    msgInfoList: Annotated[
        list[ReceivedMessage] | None,
        Field(description="The messages received, each with its handle."),
    ] = None


class DeleteMessageRequest(BaseModel):
    Action: Annotated[
        Literal["DeleteMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    receiptHandle: Annotated[str, Field(description="The handle of the latest receive of the message.")]


class DeleteMessageResponse(Envelope):
    pass


class BatchDeleteMessageRequest(BaseModel):
    Action: Annotated[
        Literal["BatchDeleteMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    queueName: Annotated[
        str,
        Field(description="Name of the queue.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    receiptHandle: Annotated[
        list[str],
        Field(
            description="The handles, 1 to 16. Sent as `receiptHandle.0`, `receiptHandle.1`, ...",
            max_length=16,
            min_length=1,
        ),
    ]


class BatchDeleteMessageResponse(Envelope):
    errorList: Annotated[
        list[BatchDeleteError] | None,
        Field(description="The handles that could not be deleted, and why."),
    ] = None


class CreateTopicRequest(BaseModel):
    Action: Annotated[
        Literal["CreateTopic"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(
            description="Name of the new topic: 1 to 64 characters, a letter first, then letters, digits and `-`. Unique in\nthe account and region.\n",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]
    maxMsgSize: Annotated[
        int,
        Field(
            description="Largest message body the topic accepts, in bytes (1 KB to 64 KB).",
            ge=1024,
            le=65536,
        ),
    ] = 65536
    filterType: Annotated[
        Literal[1, 2],
        Field(
            description="How subscriptions filter the topic's messages, fixed at creation: 1 by tags (`msgTag` against\nthe subscription's `filterTag`), 2 by routing key (`routingKey` against `bindingKey`). Leaving it\nout means 1; the SDKs send 1.\n"
        ),
    ] = 1


class CreateTopicResponse(Envelope):
    topicId: Annotated[
        str | None,
        Field(description="Id of the new topic, such as `topic-ajksdfasdowe` (the API addresses topics by name)."),
    ] = None


class GetTopicAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["GetTopicAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]


class GetTopicAttributesResponse(Envelope):
    msgCount: Annotated[
        int | None,
        Field(description="Messages not yet delivered to every subscription (the backlog)."),
    ] = None
    maxMsgSize: Annotated[int | None, Field(description="Largest message body accepted, in bytes.")] = None
    msgRetentionSeconds: Annotated[
        int | None,
        Field(description="How long messages are kept, in seconds (always 86400 for topics)."),
    ] = None
    createTime: Annotated[int | None, Field(description="When the topic was created, in Unix seconds.")] = None
    lastModifyTime: Annotated[
        int | None,
        Field(description="When the topic's settings last changed, in Unix seconds."),
    ] = None
    filterType: Annotated[
        Literal[0, 1, 2] | None,
        Field(
            description="How subscriptions filter: 1 (or 0) by tags, 2 by routing key. See the operation's errata for\nthe two numberings.\n"
        ),
    ] = None


class SetTopicAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["SetTopicAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    maxMsgSize: Annotated[
        int | None,
        Field(
            description="New largest message body, in bytes (1 KB to 64 KB); left out, the limit stays as it is.",
            ge=1024,
            le=65536,
        ),
    ] = None


class SetTopicAttributesResponse(Envelope):
    pass


class ListTopicRequest(BaseModel):
    Action: Annotated[
        Literal["ListTopic"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    searchWord: Annotated[
        str | None,
        Field(description="Answer only the topics whose name contains this text (fuzzy match)."),
    ] = None
    offset: Annotated[
        int,
        Field(
            description="How many matching topics to skip; when given, `limit` must be given too.",
            ge=0,
        ),
    ] = 0
    limit: Annotated[int, Field(description="Most topics to answer.", ge=0, le=50)] = 20


class ListTopicResponse(Envelope):
    totalCount: Annotated[
        int | None,
        Field(description="How many topics match in all (not the size of this page)."),
    ] = None
    topicList: Annotated[list[TopicSummary] | None, Field(description="This page's topics.")] = None


class DeleteTopicRequest(BaseModel):
    Action: Annotated[
        Literal["DeleteTopic"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]


class DeleteTopicResponse(Envelope):
    pass


MsgTagItem = TypeAliasType("MsgTagItem", Annotated[str, Field(max_length=16)])


class PublishMessageRequest(BaseModel):
    Action: Annotated[
        Literal["PublishMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    msgBody: Annotated[
        str,
        Field(
            description="The message body, at least 1 byte and at most the topic's `maxMsgSize`.",
            min_length=1,
        ),
    ]
    msgTag: Annotated[
        list[MsgTagItem] | None,
        Field(
            description="The message's tags (tag-filtered topics), at most 5 of at most 16 characters. Sent as `msgTag.0`, `msgTag.1`, ...",
            max_length=5,
        ),
    ] = None
    routingKey: Annotated[
        str | None,
        Field(
            description="The routing key (routing-key topics, where it is required): at most 64 bytes and 15 dots, that is\nat most 16 dot-separated words.\n",
            max_length=64,
            pattern="^[^.]*(\\.[^.]*){0,15}$",
        ),
    ] = None


class PublishMessageResponse(Envelope):
    msgId: Annotated[str | None, Field(description="Id of the published message.")] = None


class BatchPublishMessageRequest(BaseModel):
    Action: Annotated[
        Literal["BatchPublishMessage"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    msgBody: Annotated[
        list[MsgBodyItem],
        Field(
            description="The message bodies, 1 to 16, together at most 64 KB; each at least 1 byte and at most the topic's\n`maxMsgSize`. Sent as `msgBody.0`, `msgBody.1`, ...\n",
            max_length=16,
            min_length=1,
        ),
    ]
    msgTag: Annotated[
        list[MsgTagItem] | None,
        Field(
            description="Tags of every message of the batch, at most 5 of at most 16 characters. Sent as `msgTag.0`, `msgTag.1`, ...",
            max_length=5,
        ),
    ] = None
    routingKey: Annotated[
        str | None,
        Field(
            description="Routing key of every message of the batch (routing-key topics), at most 64 bytes and 15 dots.",
            max_length=64,
            pattern="^[^.]*(\\.[^.]*){0,15}$",
        ),
    ] = None


class BatchPublishMessageResponse(Envelope):
    msgList: Annotated[
        list[MessageId] | None,
        Field(description="The ids of the published messages, in the order sent."),
    ] = None


FilterTagItem = TypeAliasType("FilterTagItem", Annotated[str, Field(max_length=16)])


BindingKeyItem = TypeAliasType(
    "BindingKeyItem",
    Annotated[str, Field(max_length=64, pattern="^[^.]*(\\.[^.]*){0,15}$")],
)


class SubscribeRequest(BaseModel):
    Action: Annotated[
        Literal["Subscribe"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    subscriptionName: Annotated[
        str,
        Field(
            description="Name of the new subscription: 1 to 64 characters, a letter first, then letters, digits and `-`.\nUnique within the topic.\n",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]
    protocol: Annotated[
        Literal["http", "queue"],
        Field(description="Where the subscription delivers, `http` (push to a URL) or `queue` (into a queue)."),
    ]
    endpoint: Annotated[
        str,
        Field(
            description="For `http`, the URL to push to: `http://` or `https://`, a domain name or IP address reachable from\nthe internet, no blanks. For `queue`, the name of the target queue.\n"
        ),
    ]
    notifyStrategy: Annotated[
        Literal["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"],
        Field(
            description="How failed pushes are retried: `BACKOFF_RETRY` (a fixed number of times at fixed intervals) or\n`EXPONENTIAL_DECAY_RETRY` (at growing intervals).\n"
        ),
    ] = "EXPONENTIAL_DECAY_RETRY"
    notifyContentFormat: Annotated[
        Literal["JSON", "SIMPLIFIED"] | None,
        Field(
            description="Shape of what is pushed: `JSON` or `SIMPLIFIED` (the body only). The `queue` protocol requires\n`SIMPLIFIED`; `http` defaults to `JSON` (so no default is declared here).\n"
        ),
    ] = None
    filterTag: Annotated[
        list[FilterTagItem] | None,
        Field(
            description="Tags of tag-filtered topics: the subscription receives only messages sharing at least one of them\n(every message when there are none). At most 5 of at most 16 characters. Sent as `filterTag.0`, ...\n",
            max_length=5,
        ),
    ] = None
    bindingKey: Annotated[
        list[BindingKeyItem] | None,
        Field(
            description="Binding keys of routing-key topics (required there): at most 5, each at most 64 bytes and 15 dots;\n`*` matches one word, `#` one or more. Sent as `bindingKey.0`, ...\n",
            max_length=5,
        ),
    ] = None


class SubscribeResponse(Envelope):
    subscriptionId: Annotated[
        str | None,
        Field(description="Id of the new subscription (not in the page's table; the official Python SDK reads it)."),
    ] = None


class GetSubscriptionAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["GetSubscriptionAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    subscriptionName: Annotated[
        str,
        Field(
            description="Name of the subscription.",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]


class GetSubscriptionAttributesResponse(Envelope):
    topicOwner: Annotated[str | None, Field(description="Account (appid) that owns the topic.")] = None
    msgCount: Annotated[int | None, Field(description="Deliveries pending for this subscription.")] = None
    protocol: Annotated[str | None, Field(description="Where it delivers, `http` or `queue`.")] = None
    endpoint: Annotated[
        str | None,
        Field(description="The URL it pushes to, or the name of the queue it feeds."),
    ] = None
    notifyStrategy: Annotated[
        str | None,
        Field(description="Retry strategy, `BACKOFF_RETRY` or `EXPONENTIAL_DECAY_RETRY`."),
    ] = None
    notifyContentFormat: Annotated[str | None, Field(description="Push format, `JSON` or `SIMPLIFIED`.")] = None
    createTime: Annotated[
        int | None,
        Field(description="When the subscription was created, in Unix seconds."),
    ] = None
    lastModifyTime: Annotated[
        int | None,
        Field(description="When the subscription's settings last changed, in Unix seconds."),
    ] = None
    bindingKey: Annotated[
        list[str] | None,
        Field(description="Binding keys (routing-key topics); may be null."),
    ] = None
    filterTag: Annotated[
        list[str] | None,
        Field(description="Filter tags, under the name the Java SDK reads; may be null."),
    ] = None
    filterTags: Annotated[
        list[str] | None,
        Field(description="Filter tags, under the name the Python SDK reads; may be null."),
    ] = None


class SetSubscriptionAttributesRequest(BaseModel):
    Action: Annotated[
        Literal["SetSubscriptionAttributes"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    subscriptionName: Annotated[
        str,
        Field(
            description="Name of the subscription.",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]
    notifyStrategy: Annotated[
        Literal["BACKOFF_RETRY", "EXPONENTIAL_DECAY_RETRY"] | None,
        Field(description="New retry strategy."),
    ] = None
    notifyContentFormat: Annotated[
        Literal["JSON", "SIMPLIFIED"] | None,
        Field(description="New push format (`queue` subscriptions need `SIMPLIFIED`)."),
    ] = None
    filterTag: Annotated[
        list[FilterTagItem] | None,
        Field(
            description="New filter tags, at most 5 of at most 16 characters. Sent as `filterTag.0`, ...",
            max_length=5,
        ),
    ] = None
    bindingKey: Annotated[
        list[BindingKeyItem] | None,
        Field(
            description="New binding keys (routing-key topics), at most 5, each at most 64 bytes and 15 dots. Sent as `bindingKey.0`, ...",
            max_length=5,
        ),
    ] = None


class SetSubscriptionAttributesResponse(Envelope):
    pass


class ListSubscriptionByTopicRequest(BaseModel):
    Action: Annotated[
        Literal["ListSubscriptionByTopic"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    searchWord: Annotated[
        str | None,
        Field(description="Answer only the subscriptions whose name contains this text (fuzzy match)."),
    ] = None
    offset: Annotated[
        int,
        Field(description="How many matching subscriptions to skip.", ge=0, le=1000),
    ] = 0
    limit: Annotated[int, Field(description="Most subscriptions to answer.", ge=0, le=100)] = 20


class ListSubscriptionByTopicResponse(Envelope):
    totalCount: Annotated[
        int | None,
        Field(description="How many subscriptions match in all (not the size of this page)."),
    ] = None
    subscriptionList: Annotated[
        list[SubscriptionSummary] | None,
        Field(
            description="This page's subscriptions (the API page calls the field `topicList`; every SDK reads this name)."
        ),
    ] = None


class ClearSubscriptionFilterTagsRequest(BaseModel):
    Action: Annotated[
        Literal["ClearSubscriptionFilterTags"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    subscriptionName: Annotated[
        str,
        Field(
            description="Name of the subscription.",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]


class ClearSubscriptionFilterTagsResponse(Envelope):
    pass


class UnsubscribeRequest(BaseModel):
    Action: Annotated[
        Literal["Unsubscribe"],
        Field(description="The action; fixed, the client fills it in."),
    ]
    topicName: Annotated[
        str,
        Field(description="Name of the topic.", pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$"),
    ]
    subscriptionName: Annotated[
        str,
        Field(
            description="Name of the subscription.",
            pattern="^[a-zA-Z][a-zA-Z0-9-]{0,63}$",
        ),
    ]


class UnsubscribeResponse(Envelope):
    pass
