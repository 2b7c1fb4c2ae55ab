"""The retry decision at its edges: the deadline check, the ``Retry-After`` cap, the defaults of the two entry
points (a failure is assumed to follow a sent body), and exceptions that are not transport failures."""

from __future__ import annotations

import httpx
import pytest

from mqclients._core.options import RetryPolicy
from mqclients._core.retry import RetryState, parse_retry_after


class Clock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _state(*, idempotent: bool = True, deadline_in: float = 60.0, **policy: float | int) -> RetryState:
    clock = Clock()
    return RetryState(
        RetryPolicy(**policy),  # type: ignore[arg-type]
        idempotent=idempotent,
        clock=clock,
        jitter=lambda: 1.0,
        deadline_at=clock.now + deadline_in,
    )


def _response(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {} if retry_after is None else {"retry-after": retry_after}
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "http://127.0.0.1:9/"))


def test_a_back_off_that_ends_exactly_at_the_deadline_is_not_taken() -> None:
    state = _state(deadline_in=2.0, retry_after_max=60.0)
    assert state.after_response(_response(503, retry_after="2")) is None
    state = _state(deadline_in=2.0, retry_after_max=60.0)
    assert state.after_response(_response(503, retry_after="1.5")) == 1.5


def test_a_retry_after_equal_to_the_cap_is_waited_for_and_one_above_it_is_not() -> None:
    at_cap = _state(retry_after_max=5.0, deadline_in=600.0)
    assert at_cap.after_response(_response(503, retry_after="5")) == 5.0
    above = _state(retry_after_max=5.0, deadline_in=600.0)
    assert above.after_response(_response(503, retry_after="6")) is None
    assert above.attempt == 0


def test_the_cap_applies_to_a_429_of_a_non_idempotent_call_too() -> None:
    state = _state(idempotent=False, retry_after_max=5.0, deadline_in=600.0)
    assert state.after_response(_response(429, retry_after="30")) is None
    assert state.after_response(_response(429, retry_after="3")) == 3.0


def test_by_default_a_failure_after_sending_is_not_replayed_for_a_non_idempotent_call() -> None:
    state = _state(idempotent=False)
    assert state.after_exception(httpx.ReadTimeout("slow")) is None
    assert state.after_exception(httpx.ReadTimeout("slow"), body_sent=False) is not None


def test_by_default_a_transient_status_of_a_non_idempotent_call_is_kept() -> None:
    state = _state(idempotent=False)
    assert state.after_response(_response(503)) is None
    assert state.after_response(_response(503), body_sent=False) is not None


def test_a_429_without_retry_after_is_kept_for_a_non_idempotent_call_unless_rate_limited() -> None:
    state = _state(idempotent=False)
    assert state.after_response(_response(429)) is None
    assert state.after_response(_response(429), rate_limited=True) is not None


@pytest.mark.parametrize("exc", [ValueError("bad"), RuntimeError("bug"), httpx.DecodingError("garbled")])
def test_other_exceptions_are_never_retried(exc: Exception) -> None:
    state = _state(idempotent=True)
    assert state.after_exception(exc) is None
    assert state.attempt == 0


def test_max_retries_is_the_number_of_retries_not_of_attempts() -> None:
    state = _state(max_retries=2, backoff_base=0.0, backoff_max=0.0)
    assert [state.after_exception(httpx.ConnectError("refused")) for _ in range(3)] == [0.0, 0.0, None]
    assert state.attempt == 2


def test_the_budget_is_counted_from_the_clock_when_no_deadline_is_given() -> None:
    clock = Clock(1000.0)
    state = RetryState(RetryPolicy(total_deadline=10.0), idempotent=True, clock=clock, jitter=lambda: 1.0)
    assert state.deadline_at == 1010.0
    assert state.started == 1000.0
    clock.now = 1009.9
    assert state.after_exception(httpx.ConnectError("refused")) is None  # 0.25 s back-off would end past it
    clock.now = 1009.0
    assert state.after_exception(httpx.ConnectError("refused")) == 0.25


def test_retry_after_is_never_negative_and_bad_values_are_ignored() -> None:
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:10 GMT", now=20.0) == 0.0
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:30 GMT", now=20.0) == 10.0
    assert parse_retry_after(" 3 ") == 3.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
