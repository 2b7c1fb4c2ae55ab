"""Pins of the call deadline that mutation testing found unchecked: a passed deadline gives every phase no time at
all, blocking work under a passed deadline is not waited for (sync and async), and the lazily loaded backends."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from mqclients._core import deadline, deadline_io
from mqclients._core.deadline import Deadline, arun_within_call, run_within_call


def _passed() -> Deadline:
    return Deadline(time.monotonic() - 1.0, httpx.Timeout(5.0))


def test_a_passed_deadline_leaves_every_phase_no_time() -> None:
    assert _passed().request_timeouts() == {"connect": 0.0, "read": 0.0, "write": 0.0, "pool": 0.0}


def test_blocking_work_under_a_passed_deadline_is_not_waited_for() -> None:
    release = threading.Event()
    try:
        with _passed().active(), pytest.raises(TimeoutError, match="token fetch did not finish"):
            run_within_call(lambda: release.wait(0.5), "token fetch")
    finally:
        release.set()


async def test_async_blocking_work_under_a_passed_deadline_is_not_waited_for() -> None:
    release = threading.Event()
    try:
        with _passed().active(), pytest.raises(TimeoutError, match="token fetch did not finish"):
            await arun_within_call(lambda: release.wait(0.5), "token fetch")
    finally:
        release.set()


def test_the_backends_load_lazily_and_other_names_are_missing() -> None:
    assert deadline.DeadlineBackend is deadline_io.DeadlineBackend
    assert deadline.AsyncDeadlineBackend is deadline_io.AsyncDeadlineBackend
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchBackend'"):
        _ = deadline.NoSuchBackend
