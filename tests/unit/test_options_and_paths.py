"""Small runtime pieces every call goes through: dotted paths into bodies, per-call option helpers, the auth header."""

from __future__ import annotations

import httpx

from mqclients._core.auth import TokenHeaderAuth
from mqclients._core.operation import dotted_get
from mqclients._core.options import DEFAULT_TIMEOUT, RetryPolicy, as_timeout


def test_dotted_get_walks_mappings_and_tries_alternatives_in_order() -> None:
    body = {"result": {"code": 0}, "error": {"code": 5}, "flat": 1}
    assert dotted_get(body, "result.code") == 0
    assert dotted_get(body, "error.code|result.code") == 5
    assert dotted_get(body, "missing.code|result.code") == 0
    assert dotted_get(body, "missing|also.missing") is None
    assert dotted_get(body, "flat.deeper") is None
    assert dotted_get(body, None) is None
    assert dotted_get([1], "a") is None
    assert dotted_get({"a": None}, "a|flat") is None  # no alternative present: nothing


def test_max_retries_override_keeps_the_rest_of_the_policy() -> None:
    policy = RetryPolicy(max_retries=2, backoff_base=1.0)
    assert policy.with_max_retries(None) is policy
    assert policy.with_max_retries(0) == RetryPolicy(max_retries=0, backoff_base=1.0)


def test_as_timeout_takes_a_number_a_timeout_or_the_default() -> None:
    assert as_timeout(None, DEFAULT_TIMEOUT) is DEFAULT_TIMEOUT
    custom = httpx.Timeout(3.0, connect=1.0)
    assert as_timeout(custom, DEFAULT_TIMEOUT) is custom
    assert as_timeout(2.5, DEFAULT_TIMEOUT) == httpx.Timeout(2.5)


def test_the_token_header_is_set_on_every_request_and_never_shown() -> None:
    auth = TokenHeaderAuth("tok-secret", header="X-Subject")
    request = httpx.Request("GET", "http://127.0.0.1:9/")
    flow = auth.auth_flow(request)
    assert next(flow).headers["X-Subject"] == "tok-secret"
    assert repr(auth) == "TokenHeaderAuth(header='X-Subject', token=[REDACTED])"
    default = TokenHeaderAuth("t2")
    assert next(default.auth_flow(httpx.Request("GET", "http://127.0.0.1:9/"))).headers["X-Auth-Token"] == "t2"
