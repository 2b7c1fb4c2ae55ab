# Generated from specs/huawei-dms-v1.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.emulators.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field
from typing_extensions import TypeAliasType


class Error(BaseModel):
    error_code: Annotated[str | None, Field(description="The DMS error code, such as `10240032`.")] = None
    error_msg: Annotated[str | None, Field(description="What went wrong, in English.")] = None


class CreateQueueRequest(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Name of the queue, unique in the project and not changeable later.",
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]
    queue_mode: Annotated[
        Literal["NORMAL", "FIFO", "KAFKA_HA", "KAFKA_HT"],
        Field(
            description="Kind of queue: `NORMAL` (high throughput, no ordering), `FIFO` (first in, first out),\n`KAFKA_HA` (Kafka, high reliability) or `KAFKA_HT` (Kafka, high throughput).\n"
        ),
    ] = "NORMAL"
    description: Annotated[
        str | None,
        Field(
            description="Free text about the queue; at most 160 characters, without `<` or `>`.",
            max_length=160,
            pattern="^[^<>]*$",
        ),
    ] = None
    redrive_policy: Annotated[
        Literal["enable", "disable"],
        Field(
            description="Whether messages that keep failing become dead letters (`enable`). NORMAL and FIFO queues only."
        ),
    ] = "disable"
    max_consume_count: Annotated[
        int | None,
        Field(
            description="How many failed consumptions turn a message into a dead letter; required when `redrive_policy` is `enable`.",
            ge=1,
            le=100,
        ),
    ] = None
    retention_hours: Annotated[
        int | None,
        Field(
            description="Hours messages are kept. KAFKA_HA and KAFKA_HT queues only (error 10240028 on other modes).",
            ge=1,
            le=72,
        ),
    ] = None


class QueueCreated(BaseModel):
    id: Annotated[str, Field(description="Id of the queue.")]
    name: Annotated[str, Field(description="Name of the queue.")]
    kafka_topic: Annotated[
        str | None,
        Field(description="Name of the Kafka topic behind the queue (KAFKA_HA and KAFKA_HT queues only)."),
    ] = None


class Queue(BaseModel):
    id: Annotated[str, Field(description="Id of the queue.")]
    name: Annotated[str, Field(description="Name of the queue.")]
    created: Annotated[
        int | None,
        Field(description="When the queue was created, in milliseconds since the Unix epoch (an integer on the wire)."),
    ] = None
    description: Annotated[str | None, Field(description="Free text about the queue.")] = None
    queue_mode: Annotated[
        str | None,
        Field(description="Kind of queue (`NORMAL`, `FIFO`, `KAFKA_HA` or `KAFKA_HT`)."),
    ] = None
    reservation: Annotated[
        int | None,
        Field(description="How long messages are kept, in minutes (for example 4320, three days)."),
    ] = None
    max_msg_size_byte: Annotated[
        int | None,
        Field(description="Largest message the queue accepts, in bytes (for example 524288)."),
    ] = None
    produced_messages: Annotated[int | None, Field(description="Number of messages in the queue.")] = None
    redrive_policy: Annotated[
        str | None,
        Field(description="Dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`."),
    ] = None
    max_consume_count: Annotated[
        int | None,
        Field(
            description="Failed consumptions before a message becomes a dead letter; only answered with `include_deadletter=true`."
        ),
    ] = None
    group_count: Annotated[int | None, Field(description="Number of consumer groups of the queue.")] = None
    eff_date: Annotated[
        int | None,
        Field(
            description="When the queue became effective, in milliseconds since the Unix epoch (an integer on the wire)."
        ),
    ] = None
    kafka_topic: Annotated[
        str | None,
        Field(description="Name of the Kafka topic behind the queue (get_queue, Kafka queues only)."),
    ] = None
    retention_hours: Annotated[
        int | None,
        Field(
            description="Hours messages are kept (Kafka queues). Not in Huawei's tables; read by the OTC SDK (otcextensions)."
        ),
    ] = None


class QueueList(BaseModel):
    total: Annotated[int | None, Field(description="Number of queues.")] = None
    queues: Annotated[list[Queue], Field(description="The queues.")]


class NewGroup(BaseModel):
    name: Annotated[
        str,
        Field(
            description="Name of the group; at most 32 characters, letters, digits, `_` and `-`.",
            max_length=32,
            min_length=1,
            pattern="^[A-Za-z0-9_-]+$",
        ),
    ]


class CreateGroupsRequest(BaseModel):
    groups: Annotated[
        list[NewGroup],
        Field(
            description="The groups; at most three, the most a queue can have.",
            max_length=3,
            min_length=1,
        ),
    ]


class CreatedGroup(BaseModel):
    id: Annotated[str, Field(description="Id of the group.")]
    name: Annotated[str, Field(description="Name of the group.")]


class GroupsCreated(BaseModel):
    groups: Annotated[list[CreatedGroup], Field(description="The new groups, in the order requested.")]


class Group(BaseModel):
    id: Annotated[str, Field(description="Id of the group.")]
    name: Annotated[str, Field(description="Name of the group.")]
    produced_messages: Annotated[
        int | None,
        Field(description="Messages sent to the queue that the group can see (expired and deleted ones excluded)."),
    ] = None
    consumed_messages: Annotated[int | None, Field(description="Messages the group has consumed.")] = None
    available_messages: Annotated[int | None, Field(description="Messages the group has yet to consume.")] = None
    produced_deadletters: Annotated[
        int | None,
        Field(description="Dead letters the group has produced; only answered with `include_deadletter=true`."),
    ] = None
    available_deadletters: Annotated[
        int | None,
        Field(description="Dead letters the group has yet to consume; only answered with `include_deadletter=true`."),
    ] = None


class GroupList(BaseModel):
    queue_id: Annotated[str | None, Field(description="Id of the queue.")] = None
    queue_name: Annotated[str | None, Field(description="Name of the queue.")] = None
    redrive_policy: Annotated[
        str | None,
        Field(
            description="The queue's dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`."
        ),
    ] = None
    groups: Annotated[
        list[Group],
        Field(description="The groups (one page of them when paging applies)."),
    ]


MessageAttributes = TypeAliasType("MessageAttributes", dict[str, str])


Tag = TypeAliasType("Tag", Annotated[str, Field(pattern="^[A-Za-z0-9_-]{1,64}$")])


class NewMessage(BaseModel):
    body: Annotated[Any, Field(description="Body of the message, a string or any JSON value.")]
    attributes: MessageAttributes | None = None
    tags: Annotated[
        list[Tag] | None,
        Field(
            description="Tags consumers can filter on; at most 3, each 1 to 64 letters, digits, `_` or `-`.",
            max_length=3,
        ),
    ] = None
    delay_time: Annotated[
        float | None,
        Field(
            description="Milliseconds before the message can be consumed (the fraction is dropped). NORMAL and FIFO queues only.",
            ge=0.0,
            le=604800000.0,
        ),
    ] = None


class SendMessagesRequest(BaseModel):
    messages: Annotated[
        list[NewMessage],
        Field(
            description="The messages, at most 10 (512 KB in total).",
            max_length=10,
            min_length=1,
        ),
    ]
    returnId: Annotated[bool, Field(description="Answer the id of each message stored.")] = False


class SentMessage(BaseModel):
    state: Annotated[
        int | None,
        Field(description="0 when the message was stored, 1 when it was not."),
    ] = None
    error: Annotated[
        str | None,
        Field(description="Why the message was not stored (when `state` is 1)."),
    ] = None
    error_code: Annotated[int | None, Field(description="Code of the failure (when `state` is 1).")] = None
    id: Annotated[
        str | None,
        Field(description="Id of the stored message; only answered when `returnId` was true."),
    ] = None


class SendMessagesResult(BaseModel):
    messages: Annotated[list[SentMessage] | None, Field(description="One entry per message sent.")] = None


class ReceivedMessage(BaseModel):
    body: Annotated[
        Any | None,
        Field(description="Body of the message, as sent (a string or any JSON value)."),
    ] = None
    attributes: MessageAttributes | None = None
    tags: Annotated[list[str] | None, Field(description="Tags of the message.")] = None


class ConsumedMessage(BaseModel):
    message: ReceivedMessage
    handler: Annotated[
        str,
        Field(description="Opaque handle for ack_messages, valid for `ack_wait` seconds."),
    ]


class DeadLetterContent(BaseModel):
    body: Annotated[
        Any | None,
        Field(description="Body of the message, as sent (a string or any JSON value)."),
    ] = None
    attributes: MessageAttributes | None = None


class DeadLetter(BaseModel):
    message: DeadLetterContent
    handler: Annotated[
        str,
        Field(description="Opaque handle for ack_deadletters, valid for `ack_wait` seconds."),
    ]


class AckEntry(BaseModel):
    handler: Annotated[
        str,
        Field(description="The handler the consume call answered with the message."),
    ]
    status: Annotated[
        Literal["success", "fail"],
        Field(
            description="`success` when the message was processed, `fail` when it was not (it is delivered again). The old SDK sent `success` unless told otherwise."
        ),
    ]


class AckRequest(BaseModel):
    message: Annotated[
        list[AckEntry],
        Field(description="The acknowledgements. The field is named `message` (singular) although it holds a list."),
    ]


class AckResult(BaseModel):
    success: Annotated[
        int | None,
        Field(description="Number of leading entries acknowledged successfully."),
    ] = None
    fail: Annotated[
        int | None,
        Field(description="Number of trailing entries that failed (and every entry after the first failure)."),
    ] = None


class QuotaResource(BaseModel):
    type: Annotated[
        str | None,
        Field(
            description="Resource type; values seen are `queue`, `group`, `rabbitmqInstance`, `kafkaInstance`, `rocketmqInstance` and `tags`."
        ),
    ] = None
    quota: Annotated[int | None, Field(description="Current quota.")] = None
    used: Annotated[int | None, Field(description="Amount in use.")] = None
    min: Annotated[int | None, Field(description="Smallest quota that can be set.")] = None
    max: Annotated[int | None, Field(description="Largest quota that can be set.")] = None


class QuotaSet(BaseModel):
    resources: Annotated[list[QuotaResource] | None, Field(description="One entry per resource type.")] = None


class QuotaReport(BaseModel):
    quotas: QuotaSet


class V10ProjectIdQueuesGetParametersQuery(BaseModel):
    include_deadletter: bool = False
    include_messages_num: bool | None = None


class V10ProjectIdQueuesQueueIdGetParametersQuery(BaseModel):
    include_deadletter: bool = False


class V10ProjectIdQueuesQueueIdGroupsGetParametersQuery(BaseModel):
    include_deadletter: bool = False
    include_messages_num: bool = True
    page_size: int | None = None
    current_page: int | None = None


TagItem = TypeAliasType("TagItem", Annotated[str, Field(max_length=64, min_length=1)])


class V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdMessagesGetParametersQuery(BaseModel):
    max_msgs: Annotated[int, Field(ge=1, le=10)] = 10
    time_wait: Annotated[int, Field(ge=1, le=60)] = 3
    ack_wait: Annotated[int, Field(ge=15, le=300)] = 30
    tag: Annotated[list[TagItem] | None, Field(max_length=3)] = None
    tag_type: Literal["and", "or"] = "or"


V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdMessagesGetResponse = TypeAliasType(
    "V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdMessagesGetResponse", list[ConsumedMessage]
)


class V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdDeadlettersGetParametersQuery(BaseModel):
    max_msgs: Annotated[int, Field(ge=1, le=10)] = 10
    time_wait: Annotated[int, Field(ge=1, le=60)] = 3
    ack_wait: Annotated[int, Field(ge=15, le=300)] = 30


V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdDeadlettersGetResponse = TypeAliasType(
    "V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdDeadlettersGetResponse", list[DeadLetter]
)
