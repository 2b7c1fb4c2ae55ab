"""One deadline per call, enforced on every socket operation the call makes.

A call's ``timeout`` is its whole budget: every attempt, every login request an auth flow makes, every back-off
sleep. ``httpx``'s own timeouts bound each socket operation separately, so a server that drips its answer one byte
at a time keeps a call alive forever. Here the deadline of the running call sits in a context variable (per thread
for sync clients, per task for async ones), and the client's network backend clamps the timeout of every connect,
read and write to the time the call has left: when it is spent, the next socket operation times out at once.
That backend (``deadline_io``) is loaded with the first client, as httpx loads httpcore itself.
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import Callable
from typing import NamedTuple, TypeVar

import httpx

from . import blocking
from .errors import TimeoutError, ValidationError

T = TypeVar("T")

_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("mqclients_deadline", default=None)


class Deadline(NamedTuple):
    """An absolute point in ``time.monotonic()`` by which the call must end, and its per-phase timeouts (a named
    tuple: cheaper than a dataclass to define at import time and to build on every call)."""

    at: float
    phases: httpx.Timeout

    @classmethod
    def after(cls, seconds: float, phases: httpx.Timeout) -> Deadline:
        return cls(time.monotonic() + seconds, phases)

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def allows(self, delay: float) -> bool:
        """Whether sleeping ``delay`` seconds still leaves time for another attempt."""
        return delay < self.remaining()

    def request_timeouts(self) -> dict[str, float]:
        """The ``timeout`` extension of one request: each phase's own timeout, cut down to the time left."""
        left = max(0.0, self.at - time.monotonic())
        phases = self.phases
        return {
            "connect": left if phases.connect is None else min(phases.connect, left),
            "read": left if phases.read is None else min(phases.read, left),
            "write": left if phases.write is None else min(phases.write, left),
            "pool": left if phases.pool is None else min(phases.pool, left),
        }

    def active(self) -> _Active:
        """Make this the deadline every socket operation of the current thread or task is clamped to (``with``)."""
        return _Active(self)


class _Active:
    """``Deadline.active()``: a class rather than a ``contextlib.contextmanager``, whose generator and wrapper
    cost several times as much, on every call."""

    __slots__ = ("_deadline", "_token")

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline

    def __enter__(self) -> None:
        self._token = _CURRENT.set(self._deadline)

    def __exit__(self, *exc_info: object) -> None:
        _CURRENT.reset(self._token)


def current() -> Deadline | None:
    """The deadline of the call running in this thread or task, if any."""
    return _CURRENT.get()


def clamped(timeout: float | None, exc_class: type[Exception]) -> float | None:
    """``timeout`` cut down to the running call's time left; ``exc_class`` raised when none is left."""
    deadline = _CURRENT.get()
    if deadline is None:
        return timeout
    # written out here (no method call): this runs on every socket read and write of every call
    left = deadline.at - time.monotonic()
    if timeout is not None and timeout < left:
        left = timeout
    if left <= 0:
        raise exc_class("the call's deadline has passed")
    return left


def bound_client_io(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Put the deadline backend under every connection pool of ``http``; ``False`` if none could be reached
    (``deadline_io.bound_client_io``, loaded with the first client: httpcore is imported by then anyway)."""
    from .deadline_io import bound_client_io as bind

    return bind(http)


def __getattr__(name: str) -> object:
    # The backends live in deadline_io (they subclass httpcore's, which ``import httpx`` does not load).
    if name in ("DeadlineBackend", "AsyncDeadlineBackend"):
        from . import deadline_io

        return getattr(deadline_io, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def call_deadline(timeout: float | httpx.Timeout, budget_for_phases: float, extension: float = 0.0) -> Deadline:
    """The deadline of a call starting now.

    A number is the whole call's budget (and each phase's timeout). An ``httpx.Timeout`` sets the phases; the call's
    budget is then ``budget_for_phases`` (``RetryPolicy.total_deadline``). ``extension`` (a long poll's wait) is
    added to the budget.
    """
    if isinstance(timeout, httpx.Timeout):
        budget, phases = budget_for_phases, timeout
    else:
        budget, phases = float(timeout), httpx.Timeout(float(timeout))
    if not math.isfinite(budget) or budget <= 0:
        raise ValidationError("timeout", f"must be a positive, finite number of seconds (got {budget!r})")
    return Deadline.after(budget + extension, phases)


def run_within_call(fn: Callable[[], T], what: str) -> T:
    """Blocking work of a library that takes no deadline (keystoneauth's token fetch): run in a worker thread and
    waited for no longer than the running call has left; ``TimeoutError`` naming ``what`` when it takes longer."""
    deadline = _CURRENT.get()
    if deadline is None:
        return fn()
    context = contextvars.copy_context()
    try:
        return blocking.wait_for(lambda: context.run(fn), max(0.0, deadline.remaining()))
    except blocking.WaitExpired as exc:
        raise TimeoutError(f"{what} did not finish by the call's deadline") from exc


async def arun_within_call(fn: Callable[[], T], what: str) -> T:
    """The async ``run_within_call``: the event loop goes on while the worker thread blocks."""
    import asyncio  # here: sync users never pay its import time

    deadline = _CURRENT.get()
    context = contextvars.copy_context()
    future = asyncio.get_running_loop().run_in_executor(blocking.worker_pool(), context.run, fn)
    done, _ = await asyncio.wait([future], timeout=None if deadline is None else max(0.0, deadline.remaining()))
    if not done:
        future.cancel()  # stops the wait; the thread finishes in the background
        raise TimeoutError(f"{what} did not finish by the call's deadline")
    return future.result()
