"""Abuse limits that are not about connections: failed-login back-off, and logging that cannot flood.

Login back-off: failures are counted per key (``user:NAME`` and ``addr:IP``). After ``free`` failures in a row a key
must wait ``base`` seconds before its next attempt is even looked at, doubling with each further failure up to
``cap``; a success clears the user's key (not the address's: one good password does not excuse a guessing address).
Refused attempts cost no decryption and no scrypt. The table is bounded (oldest keys dropped first).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BackoffPolicy:
    free: int
    base: float
    cap: float

    def wait_after(self, failures: int) -> float:
        extra = failures - self.free
        return 0.0 if extra < 0 else min(self.cap, self.base * 2.0**extra)


@dataclass
class _Record:
    failures: int
    not_before: float


class LoginThrottle:
    """Per-key failure counts and the time each key may try again. Used from the event loop's thread only."""

    def __init__(
        self,
        policies: dict[str, BackoffPolicy],
        *,
        max_keys: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policies = policies  # key prefix ("user", "addr") -> policy
        self.max_keys = max_keys
        self._clock = clock
        self._records: OrderedDict[str, _Record] = OrderedDict()

    def wait(self, keys: Iterable[str]) -> float:
        """Seconds until every key may try again (0: go ahead)."""
        now = self._clock()
        waits = [record.not_before - now for key in keys if (record := self._records.get(key)) is not None]
        return max([0.0, *waits])

    def failed(self, keys: Iterable[str]) -> None:
        now = self._clock()
        for key in keys:
            record = self._records.pop(key, None) or _Record(0, now)
            record.failures += 1
            record.not_before = now + self.policies[key.split(":", 1)[0]].wait_after(record.failures)
            self._records[key] = record
        while len(self._records) > self.max_keys:
            self._records.popitem(last=False)

    def succeeded(self, key: str) -> None:
        self._records.pop(key, None)


class RateLimitedLog:
    """At most one line per ``interval`` seconds for each kind of event, saying how many were left out since."""

    def __init__(self, logger: logging.Logger, interval: float = 10.0, clock: Callable[[], float] = time.monotonic):
        self.logger = logger
        self.interval = interval
        self._clock = clock
        self._last: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}

    def warning(self, kind: str, message: str, *args: Any) -> bool:
        """Log ``message`` unless ``kind`` was logged less than ``interval`` ago; whether it was logged."""
        now = self._clock()
        last = self._last.get(kind)
        if last is not None and now - last < self.interval:
            self._suppressed[kind] = self._suppressed.get(kind, 0) + 1
            return False
        self._last[kind] = now
        left_out = self._suppressed.pop(kind, 0)
        suffix = f" ({left_out} more like it in the last {now - last:.0f} s)" if left_out and last is not None else ""
        self.logger.warning(message + suffix, *args)
        return True

    def loop_exception_handler(self, loop: Any, context: dict[str, Any]) -> None:
        """An asyncio exception handler: one line, no traceback, rate-limited per message (``accept()`` failing
        with EMFILE would otherwise log a traceback per attempt)."""
        exception = context.get("exception")
        message = str(context.get("message", "event loop error"))
        self.warning(f"loop:{message}", "%s: %r", message, exception)
