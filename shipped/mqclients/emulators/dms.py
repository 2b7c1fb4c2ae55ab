"""The Huawei DMS v1.0 emulator: queues, consumer groups, send, consume with long polling, acks, redelivery and
dead letters, in memory.

Semantics (specs/huawei-dms-v1.yaml, and the choices where the documents are silent):

- A queue keeps every message it was sent; each consumer group reads all of them independently (a group created
  after a send still sees that message). At most 3 groups per queue; 100 queues per project (the quota answered).
- consume answers up to ``max_msgs`` visible messages (at most 512 KB), waiting up to ``time_wait`` seconds when
  there are none. Each answered message is invisible to its group for ``ack_wait`` seconds; an unacked message
  comes back after that, and the expiry counts as a failed consumption.
- ack entries are taken in order: the answer's ``success`` counts the leading valid entries, ``fail`` the rest
  (an unknown or expired handler stops the run). ``success`` removes the message from the group; ``fail`` makes
  it visible again at once.
- With ``redrive_policy: enable``, a message whose consumptions failed ``max_consume_count`` times moves to the
  group's dead letters (consume_deadletters / ack_deadletters).
- FIFO queues deliver a group's messages strictly in order: nothing after a message in flight is answered.
- ``delay_time`` (milliseconds) hides a message until then (NORMAL and FIFO queues).
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import dms_models as models
from .auth import HuaweiKeys, huawei_request_problem
from .core import Backend, Clock, Faults, admin_routes, apply_faults, read_body, unrouted_handlers, wait_until

MAX_GROUPS_PER_QUEUE = 3
QUEUE_QUOTA = 100
MAX_SEND_BYTES = 512 * 1024
MAX_CONSUME_BYTES = 512 * 1024
MAX_MESSAGE_BYTES = 512 * 1024

# Error codes, from the DMS error table (quoted bare, as the DMS v1.0 API answers them).
INVALID = "10240002"
QUEUE_EXISTS = "10240017"
GROUP_EXISTS = "10240018"
TOO_MANY_GROUPS = "10240019"
QUOTA = "10240020"
TOO_LARGE = "10240021"  # the emulator's choice: the table has no code for an oversized body
QUEUE_NOT_FOUND = "10240401"
GROUP_NOT_FOUND = "10240405"
RETENTION_NOT_KAFKA = "10240028"
UNAUTHORIZED = "10240101"
FORBIDDEN = "10240304"
INTERNAL = "10240500"

Outcome = Literal["ready", "flight", "done", "dead"]
M = TypeVar("M", bound=BaseModel)


class DMSError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class Message:
    seq: int
    body: Any
    attributes: dict[str, str] | None
    tags: list[str] | None
    visible_at: float
    size: int


@dataclass
class Delivery:
    """One group's view of one message."""

    state: Outcome = "ready"
    handler: str | None = None
    invisible_until: float = 0.0
    consumptions: int = 0
    failures: int = 0


@dataclass
class Group:
    id: str
    name: str
    deliveries: dict[int, Delivery] = field(default_factory=dict)
    dead: list[int] = field(default_factory=list)  # seqs, in the order they died
    dead_flight: dict[str, tuple[int, float]] = field(default_factory=dict)  # handler -> (seq, invisible until)
    consumed: int = 0
    floor: int = 0  # every seq below is done or dead for this group


@dataclass
class Queue:
    id: str
    name: str
    settings: models.CreateQueueRequest
    created_ms: int
    messages: list[Message] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)


class DMSBackend(Backend):
    """The emulated service's state and operations (no HTTP here)."""

    def __init__(self, keys: HuaweiKeys, *, faults: Faults | None = None, clock: Clock | None = None) -> None:
        super().__init__(faults=faults, clock=clock)
        self.keys = keys
        self.queues: dict[str, Queue] = {}

    def reset(self) -> None:
        self.queues = {}
        self.signal.notify()

    # ------------------------------------------------------------------------------------------ queues and groups

    def queue(self, queue_id: str) -> Queue:
        queue = self.queues.get(queue_id)
        if queue is None:
            raise DMSError(404, QUEUE_NOT_FOUND, f"queue {queue_id} does not exist")
        return queue

    def group(self, queue_id: str, group_id: str) -> tuple[Queue, Group]:
        queue = self.queue(queue_id)
        group = queue.groups.get(group_id)
        if group is None:
            raise DMSError(404, GROUP_NOT_FOUND, f"consumer group {group_id} does not exist")
        return queue, group

    def create_queue(self, request: models.CreateQueueRequest) -> Queue:
        if any(q.name == request.name for q in self.queues.values()):
            raise DMSError(400, QUEUE_EXISTS, f"name: a queue named {request.name!r} exists")
        if len(self.queues) >= QUEUE_QUOTA:
            raise DMSError(400, QUOTA, f"the project's queue quota ({QUEUE_QUOTA}) is used up")
        if request.redrive_policy == "enable" and request.max_consume_count is None:
            raise DMSError(400, INVALID, "max_consume_count: required when redrive_policy is enable")
        if request.retention_hours is not None and request.queue_mode not in ("KAFKA_HA", "KAFKA_HT"):
            raise DMSError(400, RETENTION_NOT_KAFKA, "retention_hours: only for KAFKA_HA and KAFKA_HT queues")
        queue = Queue(str(uuid.uuid4()), request.name, request, int(self.clock.now() * 1000))
        self.queues[queue.id] = queue
        return queue

    def queue_json(self, queue: Queue, *, deadletter: bool) -> dict[str, Any]:
        settings = queue.settings
        answer: dict[str, Any] = {
            "id": queue.id,
            "name": queue.name,
            "created": queue.created_ms,
            "description": settings.description or "",
            "queue_mode": settings.queue_mode,
            "reservation": 4320,
            "max_msg_size_byte": MAX_MESSAGE_BYTES,
            "produced_messages": len(queue.messages),
            "group_count": len(queue.groups),
            "eff_date": queue.created_ms,
        }
        if deadletter:
            answer["redrive_policy"] = settings.redrive_policy
            if settings.max_consume_count is not None:
                answer["max_consume_count"] = settings.max_consume_count
        if settings.retention_hours is not None:
            answer["retention_hours"] = settings.retention_hours
        return answer

    def create_groups(self, queue_id: str, request: models.CreateGroupsRequest) -> list[Group]:
        queue = self.queue(queue_id)
        if len(queue.groups) + len(request.groups) > MAX_GROUPS_PER_QUEUE:
            raise DMSError(400, TOO_MANY_GROUPS, f"groups: a queue has at most {MAX_GROUPS_PER_QUEUE} consumer groups")
        names = [g.name for g in request.groups]
        taken = {g.name for g in queue.groups.values()}
        for name in names:
            if name in taken or names.count(name) > 1:
                raise DMSError(400, GROUP_EXISTS, f"groups: a consumer group named {name!r} exists")
        created = [Group(f"g-{uuid.uuid4()}", name) for name in names]
        for group in created:
            queue.groups[group.id] = group
        return created

    def group_json(self, queue: Queue, group: Group, *, deadletter: bool) -> dict[str, Any]:
        self._expire(queue, group)
        answer: dict[str, Any] = {
            "id": group.id,
            "name": group.name,
            "produced_messages": len(queue.messages),
            "consumed_messages": group.consumed,
            "available_messages": sum(
                1 for m in queue.messages if self._delivery(group, m).state in ("ready", "flight")
            ),
        }
        if deadletter:
            answer["produced_deadletters"] = len(group.dead) + len(group.dead_flight)
            answer["available_deadletters"] = len(group.dead)
        return answer

    # ------------------------------------------------------------------------------------------ messages

    def send(self, queue_id: str, request: models.SendMessagesRequest) -> list[dict[str, Any]]:
        queue = self.queue(queue_id)
        now = self.clock.now()
        results: list[dict[str, Any]] = []
        for new in request.messages:
            size = len(json.dumps(new.body, ensure_ascii=False).encode())
            if size > MAX_MESSAGE_BYTES:
                results.append(
                    {"state": 1, "error": "the message body is larger than 512 KB", "error_code": int(TOO_LARGE)}
                )
                continue
            delay = 0.0 if new.delay_time is None else int(new.delay_time) / 1000.0
            message = Message(len(queue.messages), new.body, new.attributes, new.tags, now + delay, size)
            queue.messages.append(message)
            result: dict[str, Any] = {"state": 0}
            if request.returnId:
                result["id"] = f"{queue.id}-{message.seq}"
            results.append(result)
        self.signal.notify()
        return results

    @staticmethod
    def _delivery(group: Group, message: Message) -> Delivery:
        delivery = group.deliveries.get(message.seq)
        if delivery is None:
            delivery = group.deliveries[message.seq] = Delivery()
        return delivery

    def _fail(self, queue: Queue, group: Group, seq: int, delivery: Delivery) -> None:
        """One failed consumption (an ack ``fail`` or an expired ack wait): visible again, or a dead letter."""
        delivery.failures += 1
        delivery.handler = None
        limit = queue.settings.max_consume_count
        if queue.settings.redrive_policy == "enable" and limit is not None and delivery.failures >= limit:
            delivery.state = "dead"
            group.dead.append(seq)
        else:
            delivery.state = "ready"

    def _expire(self, queue: Queue, group: Group) -> None:
        now = self.clock.now()
        for seq in range(group.floor, len(queue.messages)):
            delivery = group.deliveries.get(seq)
            if delivery is not None and delivery.state == "flight" and delivery.invisible_until <= now:
                self._fail(queue, group, seq, delivery)
        for handler, (seq, until) in list(group.dead_flight.items()):
            if until <= now:
                del group.dead_flight[handler]
                group.dead.append(seq)

    def _matches(self, message: Message, tags: list[str] | None, tag_type: str) -> bool:
        if not tags:
            return True
        have = set(message.tags or ())
        return all(t in have for t in tags) if tag_type == "and" else any(t in have for t in tags)

    def _available(
        self, queue: Queue, group: Group, max_msgs: int, tags: list[str] | None, tag_type: str
    ) -> list[Message]:
        self._expire(queue, group)
        now = self.clock.now()
        fifo = queue.settings.queue_mode == "FIFO"
        chosen: list[Message] = []
        size = 0
        while group.floor < len(queue.messages) and self._delivery(group, queue.messages[group.floor]).state in (
            "done",
            "dead",
        ):
            group.floor += 1
        for message in queue.messages[group.floor :]:
            delivery = self._delivery(group, message)
            if delivery.state == "flight" and fifo:
                break  # strict order: nothing overtakes a message in flight
            if delivery.state != "ready" or not self._matches(message, tags, tag_type):
                continue
            if message.visible_at > now:
                if fifo:
                    break
                continue
            if chosen and size + message.size > MAX_CONSUME_BYTES:
                break
            chosen.append(message)
            size += message.size
            if len(chosen) >= max_msgs:
                break
        return chosen

    async def consume(self, queue_id: str, group_id: str, query: Any) -> list[dict[str, Any]]:
        queue, group = self.group(queue_id, group_id)
        tags, tag_type = query.tag, query.tag_type

        def ready() -> bool:
            return queue_id in self.queues and bool(self._available(queue, group, 1, tags, tag_type))

        await wait_until(ready, seconds=query.time_wait, clock=self.clock, signal=self.signal)
        if queue_id not in self.queues or group_id not in queue.groups:
            return []
        now = self.clock.now()
        answer: list[dict[str, Any]] = []
        for message in self._available(queue, group, query.max_msgs, tags, tag_type):
            delivery = self._delivery(group, message)
            delivery.state, delivery.handler = "flight", secrets.token_urlsafe(18)
            delivery.invisible_until = now + query.ack_wait
            delivery.consumptions += 1
            body: dict[str, Any] = {"body": message.body}
            if message.attributes is not None:
                body["attributes"] = message.attributes
            if message.tags is not None:
                body["tags"] = message.tags
            answer.append({"message": body, "handler": delivery.handler})
        return answer

    def ack(self, queue_id: str, group_id: str, request: models.AckRequest) -> dict[str, int]:
        queue, group = self.group(queue_id, group_id)
        self._expire(queue, group)
        by_handler = {
            d.handler: (seq, d) for seq, d in group.deliveries.items() if d.state == "flight" and d.handler is not None
        }
        success = 0
        for entry in request.message:
            found = by_handler.pop(entry.handler, None)
            if found is None:
                break
            seq, delivery = found
            if entry.status == "success":
                delivery.state, delivery.handler = "done", None
                group.consumed += 1
            else:
                self._fail(queue, group, seq, delivery)
            success += 1
        self.signal.notify()
        return {"success": success, "fail": len(request.message) - success}

    async def consume_dead(self, queue_id: str, group_id: str, query: Any) -> list[dict[str, Any]]:
        queue, group = self.group(queue_id, group_id)

        def ready() -> bool:
            self._expire(queue, group)
            return bool(group.dead)

        await wait_until(ready, seconds=query.time_wait, clock=self.clock, signal=self.signal)
        now = self.clock.now()
        answer: list[dict[str, Any]] = []
        while group.dead and len(answer) < query.max_msgs:
            seq = group.dead.pop(0)
            handler = secrets.token_urlsafe(18)
            group.dead_flight[handler] = (seq, now + query.ack_wait)
            message = queue.messages[seq]
            content: dict[str, Any] = {"body": message.body}
            if message.attributes is not None:
                content["attributes"] = message.attributes
            answer.append({"message": content, "handler": handler})
        return answer

    def ack_dead(self, queue_id: str, group_id: str, request: models.AckRequest) -> dict[str, int]:
        queue, group = self.group(queue_id, group_id)
        self._expire(queue, group)
        success = 0
        for entry in request.message:
            found = group.dead_flight.pop(entry.handler, None)
            if found is None:
                break
            if entry.status == "fail":
                group.dead.append(found[0])
            success += 1
        self.signal.notify()
        return {"success": success, "fail": len(request.message) - success}

    def quotas(self) -> dict[str, Any]:
        groups = sum(len(q.groups) for q in self.queues.values())
        resources = [
            {"type": "queue", "quota": QUEUE_QUOTA, "used": len(self.queues), "min": 1, "max": 1000},
            {"type": "group", "quota": MAX_GROUPS_PER_QUEUE * QUEUE_QUOTA, "used": groups, "min": 1, "max": 3000},
        ]
        return {"quotas": {"resources": resources}}


# ---------------------------------------------------------------------------------------------------- HTTP


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error_code": code, "error_msg": message}, status_code=status,
                        headers={"X-Request-Id": uuid.uuid4().hex})  # fmt: skip


def _problems(exc: ValidationError) -> str:
    parts = []
    for problem in exc.errors()[:5]:
        where = ".".join(str(p) for p in problem["loc"]) or "body"
        parts.append(f"{where}: {problem['msg']}")
    return "; ".join(parts)


def _parse(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise DMSError(400, INVALID, _problems(exc)) from None


def _query(request: Request, model: type[BaseModel]) -> Any:
    data: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        if key == "tag":
            data.setdefault("tag", []).append(value)
        else:
            data[key] = value
    return _parse(model, data)


def create_app(backend: DMSBackend) -> Starlette:
    """The DMS v1.0 ASGI app over ``backend``."""

    async def handle(request: Request) -> Response:
        body = await read_body(request)
        if body is None:
            return _error(400, TOO_LARGE, "the request body is too large")
        refused = huawei_request_problem(backend.keys, request.scope, request.method, body)
        if refused:
            return _error(401, UNAUTHORIZED, f"authentication failed: {refused}")
        if request.path_params["project_id"] != backend.keys.project_id:
            return _error(403, FORBIDDEN, "project_id: not the project of these credentials")

        async def run() -> Response:
            try:
                return await _dispatch(backend, request, body)
            except DMSError as exc:
                return _error(exc.status, exc.code, exc.message)

        return await apply_faults(backend, lambda: _error(500, INTERNAL, "internal error (injected fault)"), run)

    prefix = "/v1.0/{project_id}"
    routes = [
        Route(prefix + path, handle, methods=methods)
        for path, methods in (
            ("/queues", ["GET", "POST"]),
            ("/queues/{queue_id}", ["GET", "DELETE"]),
            ("/queues/{queue_id}/groups", ["GET", "POST"]),
            ("/queues/{queue_id}/groups/{group_id}", ["DELETE"]),
            ("/queues/{queue_id}/messages", ["POST"]),
            ("/queues/{queue_id}/groups/{group_id}/messages", ["GET"]),
            ("/queues/{queue_id}/groups/{group_id}/ack", ["POST"]),
            ("/queues/{queue_id}/groups/{group_id}/deadletters", ["GET"]),
            ("/queues/{queue_id}/groups/{group_id}/deadletters/ack", ["POST"]),
            ("/quotas/dms", ["GET"]),
        )
    ]
    app = Starlette(
        routes=[*admin_routes(backend), *routes],
        exception_handlers=unrouted_handlers(
            lambda status, message: _error(status, "10240406" if status == 404 else INVALID, message)
        ),
    )
    app.state.backend = backend
    return app


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        raise DMSError(400, INVALID, "body: not valid JSON") from None


def _flag(request: Request, name: str) -> bool:
    return request.query_params.get(name, "false").lower() == "true"


async def _dispatch(backend: DMSBackend, request: Request, body: bytes) -> Response:
    p = request.path_params
    path = request.url.path.rstrip("/")
    method = request.method
    if path.endswith("/quotas/dms"):
        return JSONResponse(backend.quotas())
    if "queue_id" not in p:
        if method == "POST":
            if len(body) > MAX_SEND_BYTES:
                raise DMSError(400, TOO_LARGE, "the request body is larger than 512 KB")
            queue = backend.create_queue(_parse(models.CreateQueueRequest, _json(body)))
            return JSONResponse({"id": queue.id, "name": queue.name}, status_code=201)
        query = _query(request, models.V10ProjectIdQueuesGetParametersQuery)
        queues = [backend.queue_json(q, deadletter=query.include_deadletter) for q in backend.queues.values()]
        return JSONResponse({"total": len(queues), "queues": queues})
    queue_id = p["queue_id"]
    if path.endswith("/messages") and "group_id" not in p:
        if len(body) > MAX_SEND_BYTES:
            raise DMSError(400, TOO_LARGE, "the request body is larger than 512 KB")
        results = backend.send(queue_id, _parse(models.SendMessagesRequest, _json(body)))
        return JSONResponse({"messages": results})
    if "group_id" not in p:
        if path.endswith("/groups"):
            if method == "POST":
                groups = backend.create_groups(queue_id, _parse(models.CreateGroupsRequest, _json(body)))
                return JSONResponse({"groups": [{"id": g.id, "name": g.name} for g in groups]}, status_code=201)
            return _list_groups(backend, request, queue_id)
        if method == "DELETE":
            backend.queue(queue_id)
            del backend.queues[queue_id]
            backend.signal.notify()
            return Response(status_code=204)
        query = _query(request, models.V10ProjectIdQueuesQueueIdGetParametersQuery)
        return JSONResponse(backend.queue_json(backend.queue(queue_id), deadletter=query.include_deadletter))
    group_id = p["group_id"]
    if path.endswith("/deadletters/ack"):
        return JSONResponse(backend.ack_dead(queue_id, group_id, _parse(models.AckRequest, _json(body))))
    if path.endswith("/deadletters"):
        dead_query = _query(request, models.V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdDeadlettersGetParametersQuery)
        return JSONResponse(await backend.consume_dead(queue_id, group_id, dead_query))
    if path.endswith("/ack"):
        return JSONResponse(backend.ack(queue_id, group_id, _parse(models.AckRequest, _json(body))))
    if path.endswith("/messages"):
        query = _query(request, models.V10ProjectIdQueuesQueueIdGroupsConsumerGroupIdMessagesGetParametersQuery)
        return JSONResponse(await backend.consume(queue_id, group_id, query))
    queue, _ = backend.group(queue_id, group_id)
    del queue.groups[group_id]
    backend.signal.notify()
    return Response(status_code=204)


def _list_groups(backend: DMSBackend, request: Request, queue_id: str) -> Response:
    query = _query(request, models.V10ProjectIdQueuesQueueIdGroupsGetParametersQuery)
    queue = backend.queue(queue_id)
    groups = [backend.group_json(queue, g, deadletter=query.include_deadletter) for g in queue.groups.values()]
    if query.page_size and query.current_page and query.page_size > 0 and query.current_page > 0:
        start = (query.current_page - 1) * query.page_size
        groups = groups[start : start + query.page_size]
    answer: dict[str, Any] = {"queue_id": queue.id, "queue_name": queue.name, "groups": groups}
    if query.include_deadletter:
        answer["redrive_policy"] = queue.settings.redrive_policy
    return JSONResponse(answer)
