"""One Zaqar v2 scenario, run over raw HTTP against any server, answers normalized so that two servers can be
compared: ids become their order of first appearance, times become their type, and the order of lists that the
API leaves unordered is fixed by sorting."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

JSON = "application/json"
PATCH = "application/openstack-messaging-v2.0-json-patch"
# Fields whose values are times or durations that depend on when the scenario ran.
TIMES = {"age", "created", "updated", "expires", "signature"}
_HEX_ID = re.compile(r"\b[0-9a-f]{24}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


@dataclass
class Step:
    method: str
    path: str
    body: Any = None
    client: str = "a"  # which Client-ID sends it: "a" or "b"
    content_type: str = JSON
    note: str = ""


def steps() -> Iterator[Step]:
    """The scenario: queues, metadata, patch, stats, messages, echo, paging, claims, pop, purge, subscriptions,
    share, and the documented errors."""
    yield Step("GET", "/v2/ping")
    yield Step("PUT", "/v2/queues/orders", {"_default_message_ttl": 600, "owner": "billing"})
    yield Step("PUT", "/v2/queues/orders", {"owner": "again"}, note="create again: 204")
    yield Step("GET", "/v2/queues/orders")
    ops = [
        {"op": "replace", "path": "/metadata/owner", "value": "ops"},
        {"op": "add", "path": "/metadata/tier", "value": 2},
    ]
    yield Step("PATCH", "/v2/queues/orders", ops, content_type=PATCH)
    yield Step("PATCH", "/v2/queues/orders", [{"op": "remove", "path": "/metadata/missing"}], content_type=PATCH)
    yield Step("PATCH", "/v2/queues/orders", [{"op": "add", "path": "/metadata/a", "value": 1}])
    yield Step("GET", "/v2/queues/orders/stats")
    for name in ("q-a", "q-b", "q-c"):
        yield Step("PUT", f"/v2/queues/{name}")
    yield Step("GET", "/v2/queues?limit=2")
    yield Step("GET", "/v2/queues?limit=2&marker=q-a&detailed=true")
    messages = {"messages": [{"body": {"n": i}, "ttl": 300} for i in range(5)]}
    yield Step("POST", "/v2/queues/orders/messages", messages)
    yield Step("GET", "/v2/queues/orders/messages")
    yield Step("GET", "/v2/queues/orders/messages?echo=true&limit=2")
    yield Step("GET", "/v2/queues/orders/messages?limit=10", client="b")
    yield Step("GET", "/v2/queues/orders/stats")
    yield Step("POST", "/v2/queues/orders/claims?limit=2", {"ttl": 120, "grace": 60})
    yield Step("GET", "/v2/queues/orders/stats")
    yield Step("GET", "/v2/queues/orders/messages?echo=true", note="claimed messages are hidden")
    yield Step("GET", "/v2/queues/orders/messages?echo=true&include_claimed=true&marker={m1}")
    yield Step("GET", "/v2/queues/orders/messages/{m1}")
    yield Step("GET", "/v2/queues/orders/messages?ids={m1},{m3}")
    yield Step("GET", "/v2/queues/orders/claims/{c1}")
    yield Step("PATCH", "/v2/queues/orders/claims/{c1}", {"ttl": 300, "grace": 30})
    yield Step("GET", "/v2/queues/orders/claims/{c1}")
    yield Step("DELETE", "/v2/queues/orders/messages/{m1}", note="claimed: 403 without the claim")
    yield Step("DELETE", "/v2/queues/orders/messages/{m1}?claim_id={c1}")
    yield Step("GET", "/v2/queues/orders/messages/{m1}")
    yield Step("DELETE", "/v2/queues/orders/claims/{c1}")
    yield Step("GET", "/v2/queues/orders/claims/{c1}")
    yield Step("POST", "/v2/queues/orders/claims?limit=2", {"ttl": 60, "grace": 60})
    yield Step("DELETE", "/v2/queues/orders/messages?ids={m5}")
    yield Step("GET", "/v2/queues/orders/messages?ids={m5}")
    yield Step("POST", "/v2/queues/empty/claims", {"ttl": 60, "grace": 60}, note="nothing to claim: 204")
    yield Step("DELETE", "/v2/queues/orders/messages?pop=2")
    yield Step("GET", "/v2/queues/orders/stats")
    yield Step("POST", "/v2/queues/orders/purge", {"resource_types": ["messages"]})
    yield Step("GET", "/v2/queues/orders/stats")
    subscription = {"subscriber": "http://127.0.0.1:9/hook", "ttl": 3600, "options": {"a": 1}}
    yield Step("POST", "/v2/queues/orders/subscriptions", subscription)
    yield Step("POST", "/v2/queues/orders/subscriptions", subscription, note="the same subscriber again: 409")
    yield Step("GET", "/v2/queues/orders/subscriptions")
    yield Step("GET", "/v2/queues/orders/subscriptions/{s1}")
    yield Step("PATCH", "/v2/queues/orders/subscriptions/{s1}", {"ttl": 7200})
    yield Step("PUT", "/v2/queues/orders/subscriptions/{s1}/confirm", {"confirmed": True})
    yield Step("GET", "/v2/queues/orders/subscriptions/{s1}")
    yield Step("DELETE", "/v2/queues/orders/subscriptions/{s1}")
    yield Step("GET", "/v2/queues/orders/subscriptions/{s1}")
    share = {"paths": ["messages"], "methods": ["GET", "POST"], "expires": "2099-01-01T00:00:00"}
    yield Step("POST", "/v2/queues/orders/share", share)
    yield Step("GET", "/v2/queues/orders/messages/0123456789abcdef01234567")
    yield Step("GET", "/v2/queues/orders/claims/0123456789abcdef01234567")
    yield Step("GET", "/v2/queues/orders/subscriptions/0123456789abcdef01234567")
    yield Step("POST", "/v2/queues/orders/messages", {"messages": [{"body": 1, "ttl": 30}]})
    yield Step("PUT", "/v2/queues/bad%20name")
    yield Step("DELETE", "/v2/queues/orders")
    yield Step("GET", "/v2/queues/orders/stats", note="a deleted queue has empty stats")
    yield Step("DELETE", "/v2/queues/q-a")
    yield Step("DELETE", "/v2/queues/q-b")
    yield Step("DELETE", "/v2/queues/q-c")
    yield Step("GET", "/v2/queues")


class Normalizer:
    """Ids become ``<id1>``, ``<id2>``... in order of first appearance; times become ``<time>``."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def text(self, value: str) -> str:
        def swap(found: re.Match[str]) -> str:
            return self.ids.setdefault(found.group(0), f"<id{len(self.ids) + 1}>")

        return _HEX_ID.sub(swap, value)

    def value(self, value: Any, key: str = "") -> Any:
        if key in TIMES and value is not None:
            return "<time>"
        if isinstance(value, dict):
            return {k: self.value(v, k) for k, v in sorted(value.items())}
        if isinstance(value, list):
            return [self.value(v, key) for v in value]
        if isinstance(value, str):
            return self.text(value)
        return value


def _remember(named: dict[str, str], body: Any) -> None:
    """Name the ids later steps use: ``m1``.. the first posted messages, ``c1`` the first claim, ``s1`` the first
    subscription."""
    if not isinstance(body, dict):
        return
    if "resources" in body and "m1" not in named:
        for i, href in enumerate(body["resources"], 1):
            named[f"m{i}"] = href.rsplit("/", 1)[1]
    if "subscription_id" in body:
        named.setdefault("s1", body["subscription_id"])
    for message in body.get("messages") or []:
        if isinstance(message, dict) and "claim_id=" in str(message.get("href", "")):
            named.setdefault("c1", message["href"].split("claim_id=")[1])


def run(base_url: str, project: str) -> list[tuple[str, int, Any]]:
    """Every step's (request line, status, normalized JSON answer or None)."""
    clients = {"a": str(uuid.uuid4()), "b": str(uuid.uuid4())}
    normal = Normalizer()
    named: dict[str, str] = {}
    answers: list[tuple[str, int, Any]] = []
    with httpx.Client(base_url=base_url, timeout=10) as http:
        for step in steps():
            path = step.path.format(**named)
            headers = {"Client-ID": clients[step.client], "X-Project-ID": project}
            if step.body is not None:
                headers["Content-Type"] = step.content_type
            content = None if step.body is None else httpx.Request("POST", "/", json=step.body).content
            response = http.request(step.method, path, content=content, headers=headers)
            try:
                body = response.json() if response.content else None
            except ValueError:
                body = "<not json>"
            if isinstance(body, dict) and "title" in body and "description" in body:
                body = {"title": body["title"], "description": "<text>"}  # error texts differ in wording only
            _remember(named, body)
            answers.append((f"{step.method} {step.path}", response.status_code, normal.value(body)))
    return answers
