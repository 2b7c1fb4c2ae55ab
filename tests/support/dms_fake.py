"""An in-memory DMS v1.0 service behind ``servers.spec_mock.SpecServer``: queues, groups, messages, consume with
handlers, acks (in order), dead letters; plus fault switches for the tests. Every request is still checked
against the spec and the official signer by the SpecServer before it reaches these handlers."""

from __future__ import annotations

import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from servers.spec_mock import Received, Reply, SpecServer


@dataclass
class _Group:
    id: str
    name: str
    pending: deque[dict[str, Any]] = field(default_factory=deque)
    in_flight: dict[str, dict[str, Any]] = field(default_factory=dict)
    dead: deque[dict[str, Any]] = field(default_factory=deque)
    dead_in_flight: dict[str, dict[str, Any]] = field(default_factory=dict)
    consumed: int = 0


@dataclass
class _Queue:
    id: str
    name: str
    body: dict[str, Any]
    created: int
    groups: dict[str, _Group] = field(default_factory=dict)
    produced: int = 0


class DMSFake:
    """State plus one handler per operation. ``ack_log`` records every ack request's entries, in order."""

    def __init__(self, server: SpecServer) -> None:
        self.queues: dict[str, _Queue] = {}
        self.ack_log: list[list[tuple[str, str]]] = []
        self.reject_bodies: set[str] = set()  # send_messages answers state 1 for these bodies
        self.fail_next_sends = 0  # answer the next N send_messages with HTTP 500
        self.max_consume_count = 3  # fails after which a message becomes a dead letter
        self._lock = threading.Condition()
        for name in dir(self):
            if name.startswith("op_"):
                server.handlers[name[3:]] = getattr(self, name)

    def _queue(self, received: Received) -> _Queue | None:
        return self.queues.get(received.path_params.get("queue_id", ""))

    def _group(self, received: Received) -> _Group | None:
        queue = self._queue(received)
        return queue.groups.get(received.path_params.get("consumer_group_id", "")) if queue else None

    @staticmethod
    def _not_found(what: str) -> Reply:
        # the DMS error code table: 10240401 no such queue, 10240405 no such consumer group
        code = "10240405" if what.startswith("group") else "10240401"
        return Reply(404, {"error_code": code, "error_msg": f"{what} does not exist"})

    def op_create_queue(self, received: Received) -> Reply:
        body = received.json()
        if any(q.name == body["name"] for q in self.queues.values()):
            return Reply(400, {"error_code": "10240016", "error_msg": "the queue name exists"})
        queue = _Queue(str(uuid.uuid4()), body["name"], body, int(time.time() * 1000))
        self.queues[queue.id] = queue
        return Reply(201, {"id": queue.id, "name": queue.name})

    def _queue_json(self, queue: _Queue) -> dict[str, Any]:
        return {
            "id": queue.id,
            "name": queue.name,
            "created": queue.created,
            "description": queue.body.get("description", ""),
            "queue_mode": queue.body.get("queue_mode", "NORMAL"),
            "reservation": 4320,
            "max_msg_size_byte": 524288,
            "produced_messages": queue.produced,
            "group_count": len(queue.groups),
        }

    def op_list_queues(self, received: Received) -> Reply:
        queues = [self._queue_json(q) for q in self.queues.values()]
        return Reply(200, {"total": len(queues), "queues": queues})

    def op_get_queue(self, received: Received) -> Reply:
        queue = self._queue(received)
        return Reply(200, self._queue_json(queue)) if queue else self._not_found("queue")

    def op_delete_queue(self, received: Received) -> Reply:
        if self.queues.pop(received.path_params["queue_id"], None) is None:
            return self._not_found("queue")
        return Reply(204)

    def op_create_groups(self, received: Received) -> Reply:
        queue = self._queue(received)
        if queue is None:
            return self._not_found("queue")
        created = []
        for entry in received.json()["groups"]:
            group = _Group(f"g-{uuid.uuid4().hex[:12]}", entry["name"])
            queue.groups[group.id] = group
            created.append({"id": group.id, "name": group.name})
        return Reply(201, {"groups": created})

    def op_list_groups(self, received: Received) -> Reply:
        queue = self._queue(received)
        if queue is None:
            return self._not_found("queue")
        groups = [
            {
                "id": g.id,
                "name": g.name,
                "produced_messages": queue.produced,
                "consumed_messages": g.consumed,
                "available_messages": len(g.pending),
                "produced_deadletters": len(g.dead),
                "available_deadletters": len(g.dead),
            }
            for g in queue.groups.values()
        ]
        return Reply(200, {"queue_id": queue.id, "queue_name": queue.name, "groups": groups})

    def op_delete_group(self, received: Received) -> Reply:
        queue = self._queue(received)
        if queue is None or queue.groups.pop(received.path_params["consumer_group_id"], None) is None:
            return self._not_found("group")
        return Reply(204)

    def op_send_messages(self, received: Received) -> Reply:
        queue = self._queue(received)
        if queue is None:
            return self._not_found("queue")
        if self.fail_next_sends:
            self.fail_next_sends -= 1
            return Reply(500, {"error_code": "10240500", "error_msg": "internal error"})
        body = received.json()
        results = []
        with self._lock:
            for message in body["messages"]:
                if isinstance(message.get("body"), str) and message["body"] in self.reject_bodies:
                    results.append({"state": 1, "error": "rejected by the test", "error_code": 10240099})
                    continue
                queue.produced += 1
                stored = {"id": str(uuid.uuid4()), "message": message, "fails": 0}
                for group in queue.groups.values():
                    group.pending.append(dict(stored))
                results.append({"state": 0, "id": stored["id"]} if body.get("returnId") else {"state": 0})
            self._lock.notify_all()
        return Reply(200, {"messages": results})

    def _take(self, received: Received, dead: bool) -> Reply:
        group = self._group(received)
        if group is None:
            return self._not_found("group")
        query = received.query_dict()
        max_msgs = int(query.get("max_msgs", ["10"])[0])
        wait = float(query.get("time_wait", ["3"])[0])
        source, holding = (group.dead, group.dead_in_flight) if dead else (group.pending, group.in_flight)
        deadline = time.monotonic() + wait
        with self._lock:
            while not source and time.monotonic() < deadline:
                self._lock.wait(timeout=max(0.0, deadline - time.monotonic()))
            answer: list[dict[str, Any]] = []
            while source and len(answer) < max_msgs:
                stored = source.popleft()
                handler = uuid.uuid4().hex
                holding[handler] = stored
                kept = {k: v for k, v in stored["message"].items() if k in ("body", "attributes", "tags")}
                answer.append({"message": kept, "handler": handler})
        return Reply(200, answer)

    def op_consume_messages(self, received: Received) -> Reply:
        return self._take(received, dead=False)

    def op_consume_deadletters(self, received: Received) -> Reply:
        return self._take(received, dead=True)

    def _ack(self, received: Received, dead: bool) -> Reply:
        group = self._group(received)
        if group is None:
            return self._not_found("group")
        entries = received.json()["message"]
        self.ack_log.append([(e["handler"], e["status"]) for e in entries])
        holding = group.dead_in_flight if dead else group.in_flight
        success = fail = 0
        requeued: list[dict[str, Any]] = []
        with self._lock:
            for entry in entries:
                stored = holding.pop(entry["handler"], None)
                if stored is None:
                    fail += 1
                    continue
                success += 1
                if entry["status"] == "success":
                    group.consumed += 1
                    continue
                stored["fails"] += 1
                if not dead and stored["fails"] >= self.max_consume_count:
                    group.dead.append(stored)
                else:
                    requeued.append(stored)
            # failed messages go back to the front, in the order they were consumed
            (group.dead if dead else group.pending).extendleft(reversed(requeued))
            self._lock.notify_all()
        return Reply(200, {"success": success, "fail": fail})

    def op_ack_messages(self, received: Received) -> Reply:
        return self._ack(received, dead=False)

    def op_ack_deadletters(self, received: Received) -> Reply:
        return self._ack(received, dead=True)

    def op_get_quotas(self, received: Received) -> Reply:
        resources = [
            {"type": "queue", "quota": 100, "used": len(self.queues), "min": 1, "max": 1000},
            {"type": "group", "quota": 300, "used": sum(len(q.groups) for q in self.queues.values())},
        ]
        return Reply(200, {"quotas": {"resources": resources}})
