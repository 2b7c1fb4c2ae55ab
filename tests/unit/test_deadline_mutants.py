"""Pins of the call deadline that mutation testing found unchecked: a passed deadline gives every phase no time at
all, blocking work under a passed deadline is not waited for (sync and async), and the lazily loaded backends."""

from __future__ import annotations

import asyncio
import gc
import threading
import time

import httpx
import pytest

from mqclients._core import deadline, deadline_io
from mqclients._core.deadline import Deadline, arun_within_call, run_within_call
from mqclients.errors import TimeoutError as CallTimeoutError


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


async def test_async_work_failing_after_its_wait_was_abandoned_is_not_reported_as_unretrieved() -> None:
    # The abandoned wait is cancelled: a failure of the work later (the thread goes on in the background) must not
    # reach the event loop's exception handler as "Future exception was never retrieved".
    loop = asyncio.get_running_loop()
    reported: list[object] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: reported.append(context.get("message")))
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def work() -> None:
        started.set()
        release.wait(5.0)
        finished.set()
        raise RuntimeError("the token fetch failed late")

    try:
        with Deadline.after(0.3, httpx.Timeout(5.0)).active():
            try:
                await arun_within_call(work, "token fetch")
            except CallTimeoutError:
                pass
            else:
                pytest.fail("the wait did not end by the deadline")
        assert started.is_set(), "the work never started within the call's 0.3 s"
        release.set()
        for _ in range(200):  # bounded: the worker finishes at once once released
            if finished.is_set():
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the loop copies the worker's outcome into the (cancelled) asyncio future
        gc.collect()
        await asyncio.sleep(0)
    finally:
        release.set()
        loop.set_exception_handler(previous)
    assert finished.is_set()
    assert reported == []


def test_the_backends_load_lazily_and_other_names_are_missing() -> None:
    assert deadline.DeadlineBackend is deadline_io.DeadlineBackend
    assert deadline.AsyncDeadlineBackend is deadline_io.AsyncDeadlineBackend
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchBackend'"):
        _ = deadline.NoSuchBackend
