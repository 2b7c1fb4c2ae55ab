"""The Tencent CMQ (legacy API) emulator: queues with their attributes, messages with delays, long polling,
visibility timeouts and receipt handles, rewind; topics, publishing and queue subscriptions routed by tag or by
binding key, in memory. One host serves queue and topic actions (``POST /v2/index.php``, ``GET`` with a query too).

Semantics (specs/tencent-cmq.yaml, and the choices where the documents are silent):

- A receive answers the oldest visible message, hides it for the queue's ``visibilityTimeout`` and gives it a new
  receipt handle; only the newest handle of a message deletes it, and only before ``nextVisibleTime`` (else 4430).
  Nothing within ``pollingWaitSeconds`` (the queue's own setting when absent): code 7000.
- ``delaySeconds`` hides a message until then; ``msgRetentionSeconds`` drops old ones; ``maxMsgHeapNum`` refuses
  more (4410); bodies beyond ``maxMsgSize`` answer 4400; a batch's bodies beyond 64 KB answer 4470.
- A deleted queue's name can be used again only 10 seconds later (6040). ``RewindQueue`` makes every message
  produced since ``startConsumeTime`` (deleted or not, within ``rewindSeconds``) visible again.
- Publishing delivers a copy to every ``queue`` subscription whose filter matches: with ``filterType`` 1 a
  subscription with ``filterTag`` takes messages carrying at least one of those tags; with ``filterType`` 2 one with
  ``bindingKey`` takes messages whose ``routingKey`` matches one key (``*`` one word, ``#`` zero or more words, words
  split on ``.``). A subscription without a filter takes every message. ``http`` subscriptions are stored and
  listed but nothing is pushed (the emulator makes no outbound calls).
"""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from mqclients._core.errors import SigningError
from mqclients._signing.tencent_cmq import parse_form

from . import cmq_models as models
from .auth import TencentKeys, check_cmq
from .core import Backend, Clock, Faults, admin_routes, apply_faults, read_body, unrouted_handlers, wait_until

M = TypeVar("M", bound=BaseModel)
MAX_QUEUES = 1000
MAX_BATCH_BYTES = 64 * 1024
NAME_REUSE_SECONDS = 10.0
_INDEXED = re.compile(r"^(?P<name>[A-Za-z]+)\.(?P<index>\d+)$")


class CMQError(Exception):
    def __init__(self, code: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.code, self.message, self.extra = code, message, extra


@dataclass
class Message:
    id: str
    body: str
    enqueue_time: float
    visible_at: float
    dequeue_count: int = 0
    first_dequeue: float = 0.0
    handle: str | None = None
    deleted_at: float | None = None


@dataclass
class Queue:
    id: str
    name: str
    settings: dict[str, int]
    created: float
    modified: float
    messages: dict[str, Message] = field(default_factory=dict)  # live ones, in enqueue order
    deleted: list[Message] = field(default_factory=list)  # kept for RewindQueue


@dataclass
class Subscription:
    id: str
    name: str
    attributes: dict[str, Any]
    created: float
    modified: float


@dataclass
class Topic:
    id: str
    name: str
    max_msg_size: int
    filter_type: int
    created: float
    modified: float
    published: int = 0
    subscriptions: dict[str, Subscription] = field(default_factory=dict)


QUEUE_DEFAULTS = {
    "maxMsgHeapNum": 100_000_000,
    "pollingWaitSeconds": 0,
    "visibilityTimeout": 30,
    "maxMsgSize": 65536,
    "msgRetentionSeconds": 345600,
    "rewindSeconds": 0,
}
QUEUE_SETTINGS = tuple(QUEUE_DEFAULTS)


def binding_matches(binding_key: str, routing_key: str) -> bool:
    """RabbitMQ-style topic matching: ``*`` is exactly one word, ``#`` zero or more, words split on ``.``."""
    pattern, words = binding_key.split("."), routing_key.split(".")

    def match(p: int, w: int) -> bool:
        if p == len(pattern):
            return w == len(words)
        if pattern[p] == "#":
            return any(match(p + 1, k) for k in range(w, len(words) + 1))
        return w < len(words) and pattern[p] in ("*", words[w]) and match(p + 1, w + 1)

    return match(0, 0)


class CMQBackend(Backend):
    """The emulated service's state and actions (no HTTP here)."""

    def __init__(self, keys: TencentKeys, *, faults: Faults | None = None, clock: Clock | None = None) -> None:
        super().__init__(faults=faults, clock=clock)
        self.keys = keys
        self.reset()

    def reset(self) -> None:
        self.queues: dict[str, Queue] = {}
        self.topics: dict[str, Topic] = {}
        self.deleted_names: dict[str, float] = {}
        self.signal.notify()

    # ------------------------------------------------------------------------------------------ queues

    def queue(self, name: str) -> Queue:
        queue = self.queues.get(name)
        if queue is None:
            raise CMQError(4440, f"(10100)queue {name} is not existed, or deleted")
        return queue

    def create_queue(self, request: models.CreateQueueRequest) -> dict[str, Any]:
        name = request.queueName
        if name in self.queues:
            raise CMQError(4460, f"(10020)queue {name} is existed")
        if self.clock.now() - self.deleted_names.get(name, float("-inf")) < NAME_REUSE_SECONDS:
            raise CMQError(6040, f"(10660)queue {name} was deleted moments ago; try again in 10 seconds")
        if len(self.queues) >= MAX_QUEUES:
            raise CMQError(4450, f"(10050)the account already has {MAX_QUEUES} queues")
        given = {key: getattr(request, key, None) for key in QUEUE_SETTINGS}
        settings = {key: QUEUE_DEFAULTS[key] if value is None else int(value) for key, value in given.items()}
        now = self.clock.now()
        queue = Queue(f"queue-{uuid.uuid4().hex[:12]}", name, settings, now, now)
        self.queues[name] = queue
        return {"queueId": queue.id}

    def _expire(self, queue: Queue) -> None:
        oldest = self.clock.now() - queue.settings["msgRetentionSeconds"]
        for message in [m for m in queue.messages.values() if m.enqueue_time < oldest]:
            del queue.messages[message.id]
        queue.deleted = [m for m in queue.deleted if m.enqueue_time >= oldest]

    def queue_attributes(self, name: str) -> dict[str, Any]:
        queue = self.queue(name)
        self._expire(queue)
        now = self.clock.now()
        live = list(queue.messages.values())
        active = sum(1 for m in live if m.visible_at <= now)
        delayed = sum(1 for m in live if m.visible_at > now and m.dequeue_count == 0)
        oldest = min((m.enqueue_time for m in live), default=0)
        return {
            **queue.settings,
            "createTime": int(queue.created),
            "lastModifyTime": int(queue.modified),
            "activeMsgNum": active,
            "inactiveMsgNum": len(live) - active - delayed,
            "delayMsgNum": delayed,
            "rewindmsgNum": len(queue.deleted),
            "minMsgTime": int(oldest),
        }

    def set_queue_attributes(self, request: models.SetQueueAttributesRequest) -> dict[str, Any]:
        queue = self.queue(request.queueName)
        for key in QUEUE_SETTINGS:
            value = getattr(request, key, None)
            if value is not None:
                queue.settings[key] = value
        queue.modified = self.clock.now()
        return {"queueId": queue.id, **queue.settings}

    def delete_queue(self, name: str) -> dict[str, Any]:
        self.queue(name)
        del self.queues[name]
        self.deleted_names[name] = self.clock.now()
        # its subscriptions stay (as in CMQ) and deliver nowhere until a queue of that name exists again
        self.signal.notify()
        return {}

    def rewind(self, request: models.RewindQueueRequest) -> dict[str, Any]:
        queue = self.queue(request.queueName)
        window = queue.settings["rewindSeconds"]
        if window == 0:
            raise CMQError(6050, "(10670)the queue's rewindSeconds is 0: it cannot be rewound")
        now = self.clock.now()
        if not now - window <= request.startConsumeTime <= now:
            raise CMQError(4000, "(10680)startConsumeTime: must be within the queue's rewind window")
        self._expire(queue)
        restored = [m for m in queue.deleted if m.enqueue_time >= request.startConsumeTime]
        queue.deleted = [m for m in queue.deleted if m.enqueue_time < request.startConsumeTime]
        everything = [*queue.messages.values(), *restored]
        everything.sort(key=lambda m: m.enqueue_time)
        queue.messages = {}
        for message in everything:
            if message.enqueue_time >= request.startConsumeTime:
                message.visible_at, message.handle, message.deleted_at = now, None, None
            queue.messages[message.id] = message
        self.signal.notify()
        return {}

    # ------------------------------------------------------------------------------------------ messages

    def _store(self, queue: Queue, bodies: list[str], delay: int) -> list[str]:
        self._expire(queue)
        if len(queue.messages) + len(bodies) > queue.settings["maxMsgHeapNum"]:
            raise CMQError(4410, f"(10140)queue {queue.name} holds its maxMsgHeapNum messages")
        for body in bodies:
            if len(body.encode()) > queue.settings["maxMsgSize"]:
                raise CMQError(
                    4400, f"(10130)msgBody: larger than the queue's maxMsgSize ({queue.settings['maxMsgSize']})"
                )
        now = self.clock.now()
        ids = []
        for body in bodies:
            message = Message(uuid.uuid4().hex, body, now, now + delay)
            queue.messages[message.id] = message
            ids.append(message.id)
        self.signal.notify()
        return ids

    def send(self, queue_name: str, bodies: list[str], delay: int) -> list[str]:
        return self._store(self.queue(queue_name), bodies, delay)

    def _visible(self, queue: Queue, limit: int) -> list[Message]:
        now = self.clock.now()
        found = []
        for message in queue.messages.values():
            if message.visible_at <= now:
                found.append(message)
                if len(found) >= limit:
                    break
        return found

    async def receive(self, queue_name: str, count: int, wait: int | None) -> list[dict[str, Any]]:
        queue = self.queue(queue_name)
        self._expire(queue)
        seconds = queue.settings["pollingWaitSeconds"] if wait is None else wait
        await wait_until(lambda: bool(self._visible(queue, 1)), seconds=seconds, clock=self.clock, signal=self.signal)
        if self.queues.get(queue_name) is not queue:
            raise CMQError(4440, f"(10100)queue {queue_name} is not existed, or deleted")
        messages = self._visible(queue, count)
        if not messages:
            raise CMQError(7000, "(10200)no message")
        now = self.clock.now()
        answer = []
        for message in messages:
            message.dequeue_count += 1
            message.first_dequeue = message.first_dequeue or now
            message.visible_at = now + queue.settings["visibilityTimeout"]
            message.handle = f"{message.id}.{secrets.token_hex(8)}"
            answer.append(
                {
                    "msgBody": message.body,
                    "msgId": message.id,
                    "receiptHandle": message.handle,
                    "enqueueTime": int(message.enqueue_time),
                    "firstDequeueTime": int(message.first_dequeue),
                    "nextVisibleTime": int(message.visible_at),
                    "dequeueCount": message.dequeue_count,
                }
            )
        return answer

    def delete(self, queue_name: str, handle: str) -> None:
        queue = self.queue(queue_name)
        message = queue.messages.get(handle.partition(".")[0])
        if message is None or message.handle != handle:
            raise CMQError(4430, "(10340)receiptHandle: not valid (the message was deleted, or received again)")
        if message.visible_at <= self.clock.now():
            raise CMQError(4430, "(10350)receiptHandle: expired (the message's visibility timeout passed)")
        del queue.messages[message.id]
        message.deleted_at = self.clock.now()
        if queue.settings["rewindSeconds"]:
            queue.deleted.append(message)

    def batch_delete(self, queue_name: str, handles: list[str]) -> None:
        self.queue(queue_name)
        errors = []
        for handle in handles:
            try:
                self.delete(queue_name, handle)
            except CMQError as exc:
                errors.append({"code": exc.code, "message": exc.message, "receiptHandle": handle})
        if errors:
            raise CMQError(6010, "(10420)some receipt handles were not deleted", errorList=errors)

    # ------------------------------------------------------------------------------------------ topics

    def topic(self, name: str) -> Topic:
        topic = self.topics.get(name)
        if topic is None:
            raise CMQError(4440, f"(10580)topic {name} is not existed, or deleted")
        return topic

    def create_topic(self, request: models.CreateTopicRequest) -> dict[str, Any]:
        if request.topicName in self.topics:
            raise CMQError(4460, f"(10570)topic {request.topicName} is existed")
        now = self.clock.now()
        topic = Topic(
            f"topic-{uuid.uuid4().hex[:12]}", request.topicName, request.maxMsgSize, request.filterType, now, now
        )
        self.topics[topic.name] = topic
        return {"topicId": topic.id}

    def publish(self, topic_name: str, bodies: list[str], tags: list[str] | None, routing_key: str | None) -> list[str]:
        topic = self.topic(topic_name)
        total = 0
        for body in bodies:
            size = len(body.encode())
            total += size
            if size > topic.max_msg_size:
                raise CMQError(4400, f"(10130)msgBody: larger than the topic's maxMsgSize ({topic.max_msg_size})")
        if total > MAX_BATCH_BYTES:
            raise CMQError(4470, "(10160)msgBody: the bodies together are larger than 64 KB")
        for subscription in topic.subscriptions.values():
            attributes = subscription.attributes
            if attributes["protocol"] != "queue" or not self._routes(topic, attributes, tags, routing_key):
                continue
            queue = self.queues.get(attributes["endpoint"])
            if queue is not None:
                self._store(queue, bodies, 0)
        topic.published += len(bodies)
        return [uuid.uuid4().hex for _ in bodies]

    @staticmethod
    def _routes(topic: Topic, attributes: Mapping[str, Any], tags: list[str] | None, routing_key: str | None) -> bool:
        if topic.filter_type == 2:
            keys = attributes.get("bindingKey") or []
            return not keys or (routing_key is not None and any(binding_matches(k, routing_key) for k in keys))
        wanted = attributes.get("filterTag") or []
        return not wanted or bool(set(wanted) & set(tags or ()))

    def subscribe(self, request: models.SubscribeRequest) -> dict[str, Any]:
        topic = self.topic(request.topicName)
        if request.subscriptionName in topic.subscriptions:
            raise CMQError(4460, f"(10660)subscription {request.subscriptionName} is existed")
        if request.protocol == "queue":
            self.queue(request.endpoint)
        now = self.clock.now()
        attributes = request.model_dump(exclude={"Action", "topicName", "subscriptionName"}, exclude_none=True)
        attributes.setdefault("notifyContentFormat", "JSON" if request.protocol == "http" else "SIMPLIFIED")
        subscription = Subscription(f"sub-{uuid.uuid4().hex[:12]}", request.subscriptionName, attributes, now, now)
        topic.subscriptions[subscription.name] = subscription
        return {"subscriptionId": subscription.id}

    def subscription(self, topic_name: str, name: str) -> Subscription:
        found = self.topic(topic_name).subscriptions.get(name)
        if found is None:
            raise CMQError(4440, f"(10700)subscription {name} is not existed, or deleted")
        return found


# ---------------------------------------------------------------------------------------------------- HTTP


def _form_arrays(params: Mapping[str, str]) -> dict[str, Any]:
    """``msgBody.0=a&msgBody.1=b`` -> ``{"msgBody": ["a", "b"]}``; indices start at 0 or 1 and are consecutive."""
    plain: dict[str, Any] = {}
    arrays: dict[str, dict[int, str]] = {}
    for key, value in params.items():
        found = _INDEXED.match(key)
        if found:
            arrays.setdefault(found["name"], {})[int(found["index"])] = value
        else:
            plain[key] = value
    for name, items in arrays.items():
        start = min(items)
        if start not in (0, 1) or sorted(items) != list(range(start, start + len(items))):
            raise CMQError(4000, f"(10110){name}: indices must be consecutive and start at 0 or 1")
        plain[name] = [items[i] for i in sorted(items)]
    return plain


def _problems(exc: ValidationError) -> str:
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem["loc"]) or "params"
        parts.append(f"{where}: {problem['msg']}")
    return "(10110)" + "; ".join(parts)


def _wants_int(annotation: Any) -> bool:
    """Whether a field takes integers (``int``, or a ``Literal`` of ints, possibly inside a union/Annotated)."""
    if annotation is int:
        return True
    if get_origin(annotation) is Literal:
        return all(isinstance(arg, int) for arg in get_args(annotation))
    return any(_wants_int(arg) for arg in get_args(annotation))


def _parse(model: type[M], data: Mapping[str, Any]) -> M:
    """Validate form params (all text) against an action's model: integer fields are read as integers first,
    since a Literal of ints does not coerce from text."""
    typed = dict(data)
    for name, info in model.model_fields.items():
        value = typed.get(name)
        if isinstance(value, str) and re.fullmatch(r"-?\d+", value) and _wants_int(info.annotation):
            typed[name] = int(value)
    try:
        return model.model_validate(typed)
    except ValidationError as exc:
        raise CMQError(4000, _problems(exc)) from None


def _page(items: list[Any], offset: int, limit: int) -> list[Any]:
    return items[offset : offset + limit]


def _summary_list(names: list[str], search: str | None) -> list[str]:
    return sorted(n for n in names if not search or search in n)


Handler = Callable[[CMQBackend, dict[str, Any]], Any]


async def _dispatch(backend: CMQBackend, action: str, params: dict[str, Any]) -> dict[str, Any]:
    b = backend
    if action == "CreateQueue":
        return b.create_queue(_parse(models.CreateQueueRequest, params))
    if action == "GetQueueAttributes":
        return b.queue_attributes(_parse(models.GetQueueAttributesRequest, params).queueName)
    if action == "SetQueueAttributes":
        return b.set_queue_attributes(_parse(models.SetQueueAttributesRequest, params))
    if action == "ListQueue":
        lq = _parse(models.ListQueueRequest, params)
        names = _summary_list(list(b.queues), lq.searchWord)
        page = [{"queueId": b.queues[n].id, "queueName": n} for n in _page(names, lq.offset, lq.limit)]
        return {"totalCount": len(names), "queueList": page}
    if action == "DeleteQueue":
        return b.delete_queue(_parse(models.DeleteQueueRequest, params).queueName)
    if action == "RewindQueue":
        return b.rewind(_parse(models.RewindQueueRequest, params))
    if action == "SendMessage":
        sm = _parse(models.SendMessageRequest, params)
        return {"msgId": b.send(sm.queueName, [sm.msgBody], sm.delaySeconds)[0]}
    if action == "BatchSendMessage":
        bs = _parse(models.BatchSendMessageRequest, params)
        if sum(len(body.encode()) for body in bs.msgBody) > MAX_BATCH_BYTES:
            raise CMQError(4470, "(10160)msgBody: the bodies together are larger than 64 KB")
        return {"msgList": [{"msgId": i} for i in b.send(bs.queueName, list(bs.msgBody), bs.delaySeconds)]}
    if action == "ReceiveMessage":
        rm = _parse(models.ReceiveMessageRequest, params)
        return (await b.receive(rm.queueName, 1, rm.pollingWaitSeconds))[0]
    if action == "BatchReceiveMessage":
        br = _parse(models.BatchReceiveMessageRequest, params)
        return {"msgInfoList": await b.receive(br.queueName, br.numOfMsg, br.pollingWaitSeconds)}
    if action == "DeleteMessage":
        dm = _parse(models.DeleteMessageRequest, params)
        b.delete(dm.queueName, dm.receiptHandle)
        return {}
    if action == "BatchDeleteMessage":
        bd = _parse(models.BatchDeleteMessageRequest, params)
        b.batch_delete(bd.queueName, list(bd.receiptHandle))
        return {}
    return await _dispatch_topic(backend, action, params)


async def _dispatch_topic(b: CMQBackend, action: str, params: dict[str, Any]) -> dict[str, Any]:
    if action == "CreateTopic":
        return b.create_topic(_parse(models.CreateTopicRequest, params))
    if action == "GetTopicAttributes":
        topic = b.topic(_parse(models.GetTopicAttributesRequest, params).topicName)
        return {
            "msgCount": topic.published,
            "maxMsgSize": topic.max_msg_size,
            "msgRetentionSeconds": 86400,
            "createTime": int(topic.created),
            "lastModifyTime": int(topic.modified),
            "filterType": topic.filter_type,
        }
    if action == "SetTopicAttributes":
        st = _parse(models.SetTopicAttributesRequest, params)
        topic = b.topic(st.topicName)
        if st.maxMsgSize is not None:
            topic.max_msg_size, topic.modified = st.maxMsgSize, b.clock.now()
        return {}
    if action == "ListTopic":
        lt = _parse(models.ListTopicRequest, params)
        names = _summary_list(list(b.topics), lt.searchWord)
        page = [{"topicId": b.topics[n].id, "topicName": n} for n in _page(names, lt.offset, lt.limit)]
        return {"totalCount": len(names), "topicList": page}
    if action == "DeleteTopic":
        name = _parse(models.DeleteTopicRequest, params).topicName
        b.topic(name)
        del b.topics[name]
        return {}
    if action == "PublishMessage":
        pm = _parse(models.PublishMessageRequest, params)
        tags = None if pm.msgTag is None else list(pm.msgTag)
        return {"msgId": b.publish(pm.topicName, [pm.msgBody], tags, pm.routingKey)[0]}
    if action == "BatchPublishMessage":
        bp = _parse(models.BatchPublishMessageRequest, params)
        tags = None if bp.msgTag is None else list(bp.msgTag)
        ids = b.publish(bp.topicName, list(bp.msgBody), tags, bp.routingKey)
        return {"msgList": [{"msgId": i} for i in ids]}
    if action == "Subscribe":
        return b.subscribe(_parse(models.SubscribeRequest, params))
    if action == "GetSubscriptionAttributes":
        gs = _parse(models.GetSubscriptionAttributesRequest, params)
        sub = b.subscription(gs.topicName, gs.subscriptionName)
        attributes = dict(sub.attributes)
        return {
            "topicOwner": b.keys.secret_id,
            "msgCount": 0,
            **attributes,
            "filterTag": attributes.get("filterTag"),
            "bindingKey": attributes.get("bindingKey"),
            "createTime": int(sub.created),
            "lastModifyTime": int(sub.modified),
        }
    if action == "SetSubscriptionAttributes":
        ss = _parse(models.SetSubscriptionAttributesRequest, params)
        sub = b.subscription(ss.topicName, ss.subscriptionName)
        changes = ss.model_dump(exclude={"Action", "topicName", "subscriptionName"}, exclude_none=True)
        sub.attributes.update(changes)
        sub.modified = b.clock.now()
        return {}
    if action == "ListSubscriptionByTopic":
        ls = _parse(models.ListSubscriptionByTopicRequest, params)
        topic = b.topic(ls.topicName)
        names = _summary_list(list(topic.subscriptions), ls.searchWord)
        page = []
        for name in _page(names, ls.offset, ls.limit):
            sub = topic.subscriptions[name]
            page.append({"subscriptionId": sub.id, "subscriptionName": name,
                         "protocol": sub.attributes["protocol"], "endpoint": sub.attributes["endpoint"]})  # fmt: skip
        return {"totalCount": len(names), "subscriptionList": page}
    if action == "ClearSubscriptionFilterTags":
        cs = _parse(models.ClearSubscriptionFilterTagsRequest, params)
        b.subscription(cs.topicName, cs.subscriptionName).attributes.pop("filterTag", None)
        return {}
    if action == "Unsubscribe":
        us = _parse(models.UnsubscribeRequest, params)
        b.subscription(us.topicName, us.subscriptionName)
        del b.topics[us.topicName].subscriptions[us.subscriptionName]
        return {}
    raise CMQError(4000, f"(10430)action name {action} is not existed")


def _envelope(code: int, message: str, **fields: Any) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, "requestId": uuid.uuid4().hex, **fields})


def create_app(backend: CMQBackend) -> Starlette:
    """The CMQ legacy-API ASGI app over ``backend``."""

    async def handle(request: Request) -> Response:
        if request.method == "GET":
            raw = request.scope.get("query_string", b"")
        else:
            body = await read_body(request)
            if body is None:
                return _envelope(4000, "(10110)the request is larger than 1 MB")
            raw = body
        try:
            params = parse_form(raw)
        except SigningError as exc:
            return _envelope(4000, f"(10110){exc}")
        refused = check_cmq(backend.keys, host=request.headers.get("host", ""), path=request.url.path, params=params)
        if refused:
            return _envelope(4100, f"(100004)authentication failed: {refused}")
        action = params.get("Action", "")
        fields = {k: v for k, v in params.items() if k not in _SIGNER_FIELDS}

        async def run() -> Response:
            try:
                return _envelope(0, "", **await _dispatch(backend, action, _form_arrays(fields)))
            except CMQError as exc:
                return _envelope(exc.code, exc.message, **exc.extra)

        return await apply_faults(backend, lambda: _envelope(6000, "(10000)internal error (injected fault)"), run)

    app = Starlette(
        routes=[*admin_routes(backend), Route("/v2/index.php", handle, methods=["GET", "POST"])],
        exception_handlers=unrouted_handlers(lambda status, message: _envelope(4000, f"(10430){message}")),
    )
    app.state.backend = backend
    return app


_SIGNER_FIELDS = frozenset(
    {
        "Timestamp",
        "Nonce",
        "SecretId",
        "SignatureMethod",
        "Signature",
        "Token",
        "RequestClient",
        "Region",
        "clientRequestId",
    }
)
