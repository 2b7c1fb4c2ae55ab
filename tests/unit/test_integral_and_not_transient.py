"""Whole floats travel as JSON integers where the spec says integer; statuses an operation declares not transient
(``x-not-transient``) are never retried, while the same status elsewhere still is."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from mqclients import errors
from mqclients._core import validate
from mqclients._core.options import RetryPolicy
from mqclients._core.retry import RetryState
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.models import NewMessage

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "ttl": {"type": "integer"},
        "ratio": {"type": "number"},
        "items": {"type": "array", "items": {"type": "object", "properties": {"delay": {"type": "integer"}}}},
    },
}


def test_whole_floats_become_ints_only_where_the_schema_says_integer() -> None:
    body = {"ttl": 300.0, "ratio": 2.0, "items": [{"delay": 5.0}, {"delay": 1}], "other": 3.0}
    sent = validate.integral(body, SCHEMA)
    assert json.dumps(sent) == '{"ttl": 300, "ratio": 2.0, "items": [{"delay": 5}, {"delay": 1}], "other": 3.0}'
    assert body["ttl"] == 300.0  # the caller's object is not changed
    assert isinstance(body["ttl"], float)


def test_values_that_need_no_change_come_back_as_they_are() -> None:
    body = {"ttl": 300, "items": [{"delay": 1}]}
    assert validate.integral(body, SCHEMA) is body
    assert validate.integral(300.5, {"type": "integer"}) == 300.5  # not whole: left for the check to refuse
    assert validate.integral(None, SCHEMA) is None
    assert validate.integral_params({"limit": 5.0, "marker": "m"}, {"limit": {"type": "integer"}}) == {
        "limit": 5,
        "marker": "m",
    }


def _answer(status: int) -> httpx.Response:
    return httpx.Response(status, json={"title": "Service temporarily unavailable"})


def test_retry_state_keeps_the_budget_for_a_status_declared_not_transient() -> None:
    policy = RetryPolicy().with_max_retries(3)
    assert RetryState(policy, idempotent=True, not_transient=frozenset({503})).after_response(_answer(503)) is None
    assert RetryState(policy, idempotent=True, not_transient=frozenset({503})).after_response(_answer(502)) is not None
    assert RetryState(policy, idempotent=True).after_response(_answer(503)) is not None


def test_on_the_wire_the_declared_503_is_sent_once_and_a_plain_503_is_retried() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.method == "POST":
            return httpx.Response(201, json={"resources": ["/v2/queues/q/messages/m1"]})
        return _answer(503)

    with Zaqar("http://zaqar.test", project_id="p", http_transport=httpx.MockTransport(handler), max_retries=2) as zq:
        with pytest.raises(errors.ServerError):
            zq.get_queue_stats("q")  # x-not-transient: [503]
        assert seen == ["/v2/queues/q/stats"]
        seen.clear()
        with pytest.raises(errors.ServerError):
            zq.get_queue("q", timeout=5)  # a 503 here is a passing failure: retried twice
        assert seen == ["/v2/queues/q"] * 3


def test_on_the_wire_whole_floats_are_sent_as_integers() -> None:
    bodies: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        if request.url.path.endswith("/claims"):
            assert request.url.params["limit"] == "2"
            return httpx.Response(204)
        return httpx.Response(201, json={"resources": ["/v2/queues/q/messages/m1"]})

    with Zaqar("http://zaqar.test", project_id="p", http_transport=httpx.MockTransport(handler)) as zq:
        zq.post_messages("q", messages=[NewMessage(body=1.0, ttl=300.0)])  # type: ignore[arg-type]
        zq.create_claim("q", ttl=60.0, grace=60, limit=2.0)  # type: ignore[arg-type]
    assert json.dumps(bodies[0]) == '{"messages": [{"body": 1.0, "ttl": 300}]}'  # the body is any JSON: kept
    assert json.dumps(bodies[1]) == '{"ttl": 60, "grace": 60}'
