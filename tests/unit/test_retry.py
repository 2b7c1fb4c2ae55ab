"""The retry policy: what is retried, how often, how long it waits, and what is never replayed."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest

from mqclients._core import errors
from mqclients._core.options import RequestOptions, RetryPolicy
from mqclients._core.retry import RetryState, parse_retry_after

from .helpers import Recorder, async_transport, kwargs, op, sync_transport


@pytest.mark.parametrize("status", [429, 502, 503, 504, 408])
def test_idempotent_request_is_retried_on_transient_status(status: int, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(status), httpx.Response(200, json={"ok": True}))
    response = sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert response.status_code == 200
    assert len(handler.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("status", [500, 501, 505, 400, 404])
def test_other_statuses_are_not_retried(status: int, sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(status, json={"code": "X", "message": "no"}))
    with pytest.raises(errors.APIError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert caught.value.status_code == status
    assert len(handler.requests) == 1
    assert sleeps == []


def test_retries_stop_after_max_retries_and_raise_the_last_error(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503, json={"code": "busy", "message": "try later"}))
    with pytest.raises(errors.ServerError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert len(handler.requests) == 3  # 1 + max_retries (2)
    assert caught.value.error_code == "busy"
    assert len(sleeps) == 2


def test_per_call_max_retries_overrides_the_client(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503))
    with pytest.raises(errors.ServerError):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_retries=0))
    assert len(handler.requests) == 1


def test_retry_after_seconds_is_honoured(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200))
    sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert sleeps == [3.0]


def test_retry_after_longer_than_the_cap_is_not_waited_for(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}), httpx.Response(200))
    with pytest.raises(errors.RateLimitError):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert len(handler.requests) == 1
    assert sleeps == []


def test_retry_after_http_date() -> None:
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-5") == 0.0


def test_non_idempotent_request_is_never_replayed_on_a_status(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(201))
    with pytest.raises(errors.ServerError):
        sync_transport(handler).send(op("POST", expected=(201,)), kwargs("POST", json={"a": 1}), RequestOptions())
    assert len(handler.requests) == 1


def test_non_idempotent_request_is_not_replayed_after_it_may_have_been_sent(sleeps: list[float]) -> None:
    handler = Recorder(httpx.ReadTimeout("slow"), httpx.Response(201))
    with pytest.raises(errors.TimeoutError):
        sync_transport(handler).send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert len(handler.requests) == 1


def test_non_idempotent_request_is_retried_when_the_connection_was_never_made(sleeps: list[float]) -> None:
    handler = Recorder(httpx.ConnectError("refused"), httpx.Response(201))
    response = sync_transport(handler).send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert response.status_code == 201
    assert len(handler.requests) == 2


def test_x_idempotent_post_is_retried(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(502), httpx.Response(200))
    sync_transport(handler).send(op("POST", idempotent=True), kwargs("POST", data={"a": "1"}), RequestOptions())
    assert len(handler.requests) == 2


def test_idempotent_read_timeout_is_retried_then_reported_as_timeout(sleeps: list[float]) -> None:
    handler = Recorder(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.TimeoutError) as caught:
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert len(handler.requests) == 3
    assert isinstance(caught.value, TimeoutError)  # also the builtin, for code that catches that


def test_connection_refused_becomes_connection_error(sleeps: list[float]) -> None:
    handler = Recorder(httpx.ConnectError("refused"))
    with pytest.raises(errors.ConnectionError):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert len(handler.requests) == 3


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=10, backoff_base=1.0, backoff_max=5.0, total_deadline=1000)
    low = RetryState(policy, True, jitter=lambda: 0.0)
    high = RetryState(policy, True, jitter=lambda: 1.0)
    delays_low, delays_high = [], []
    for _ in range(5):
        delays_low.append(low._next(True, None))
        delays_high.append(high._next(True, None))
    assert delays_high == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert delays_low == [0.5, 1.0, 2.0, 2.5, 2.5]


def test_total_deadline_bounds_the_retries() -> None:
    now = [0.0]
    state = RetryState(RetryPolicy(max_retries=100, total_deadline=10.0), True, clock=lambda: now[0])
    assert state.after_response(httpx.Response(503, headers={"Retry-After": "4"})) == 4.0
    now[0] = 4.0
    assert state.after_response(httpx.Response(503, headers={"Retry-After": "4"})) == 4.0
    now[0] = 8.0
    assert state.after_response(httpx.Response(503, headers={"Retry-After": "4"})) is None


class CountingAuth(httpx.Auth):
    """Stamps an attempt number, as a signer stamps a fresh date: retries must re-run it."""

    def __init__(self) -> None:
        self.calls = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.calls += 1
        request.headers["X-Signature"] = f"sig-{self.calls}"
        yield request


def test_every_attempt_is_signed_afresh(sleeps: list[float]) -> None:
    auth = CountingAuth()
    handler = Recorder(httpx.Response(503), httpx.Response(503), httpx.Response(200))
    sync_transport(handler, auth=auth).send(op("GET"), kwargs(), RequestOptions())
    assert [r.headers["X-Signature"] for r in handler.requests] == ["sig-1", "sig-2", "sig-3"]


async def test_async_loop_follows_the_same_policy(sleeps: list[float]) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(200))
    response = await async_transport(handler).send(op("GET"), kwargs(), RequestOptions())
    assert response.status_code == 200
    assert len(handler.requests) == 2
    post = Recorder(httpx.Response(503))
    with pytest.raises(errors.ServerError):
        await async_transport(post).send(op("POST", expected=(201,)), kwargs("POST", json={}), RequestOptions())
    assert len(post.requests) == 1
