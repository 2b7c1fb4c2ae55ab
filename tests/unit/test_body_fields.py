"""Client-owned body fields (``_core.auth.BodyFieldAuth``): written by the request loop into the fields an
operation's body declares, before the body's one encoding; rewritten only when their values changed."""

from __future__ import annotations

import json

import httpx
import pytest

from mqclients._core.auth import BodyFieldAuth, body_fields_of, fill_body_fields, with_body_fields
from mqclients._core.operation import Operation

PARAMS_SCHEMA = {"type": "object", "properties": {"token": {"type": "string"}, "queue_name": {"type": "string"}}}
RPC = Operation(
    name="size",
    method="POST",
    path="/rpc",
    idempotent=True,
    expected_statuses=frozenset([200]),
    body_schema={"type": "object", "properties": {"method": {"const": "qm.size"}, "params": PARAMS_SCHEMA}},
    envelope_params="params",
)
LOGIN = Operation(
    name="auth",
    method="POST",
    path="/rpc",
    idempotent=False,
    expected_statuses=frozenset([200]),
    body_schema={"type": "object", "properties": {"params": {"properties": {"username": {}}}}},
    envelope_params="params",
)
FLAT = Operation(
    name="flat",
    method="POST",
    path="/x",
    idempotent=False,
    expected_statuses=frozenset([200]),
    body_schema=PARAMS_SCHEMA,
)


def test_fields_go_where_the_body_declares_them_and_the_given_body_is_not_changed() -> None:
    body = {"method": "qm.size", "params": {"queue_name": "q"}}
    filled = fill_body_fields(RPC, body, {"token": "t1", "other": "x"})
    assert filled is not None
    assert filled.body == {"method": "qm.size", "params": {"queue_name": "q", "token": "t1"}}
    assert filled.values == {"token": "t1"}
    assert body == {"method": "qm.size", "params": {"queue_name": "q"}}  # kwargs are reused by retries and pages
    flat = fill_body_fields(FLAT, {"queue_name": "q"}, {"token": "t1"})
    assert flat is not None
    assert flat.body == {"queue_name": "q", "token": "t1"}


def test_nothing_is_written_where_nothing_is_declared_and_an_unknown_value_is_left_out() -> None:
    assert fill_body_fields(LOGIN, {"params": {"username": "u"}}, {"token": "t1"}) is None
    assert fill_body_fields(RPC, None, {"token": "t1"}) is None
    pending = fill_body_fields(RPC, {"params": {"queue_name": "q"}}, {"token": None})
    assert pending is not None
    assert pending.body == {"params": {"queue_name": "q"}}
    assert pending.values == {"token": None}  # the auth flow sees the token is not in yet


def test_a_request_is_rebuilt_with_new_values_and_its_length_recomputed() -> None:
    filled = fill_body_fields(RPC, {"params": {"queue_name": "q"}}, {"token": "t1"})
    assert filled is not None
    request = httpx.Request("POST", "http://127.0.0.1:9/rpc", json=filled.body, headers={"X-Trace": "1"})
    request.extensions["mqclients.body_fields"] = filled
    rebuilt = with_body_fields(request, filled, {"token": "a-longer-token-2"})
    assert json.loads(rebuilt.content) == {"params": {"queue_name": "q", "token": "a-longer-token-2"}}
    assert rebuilt.headers["Content-Length"] == str(len(rebuilt.content))
    assert rebuilt.headers["X-Trace"] == "1"
    marked = body_fields_of(rebuilt)
    assert marked is not None
    assert marked.values == {"token": "a-longer-token-2"}
    assert body_fields_of(httpx.Request("GET", "http://127.0.0.1:9/")) is None


def test_a_body_field_auth_must_say_its_fields() -> None:
    # the base class states the interface only: a subclass that does not say its fields fails loudly, not silently
    with pytest.raises(NotImplementedError):
        BodyFieldAuth().body_fields()
