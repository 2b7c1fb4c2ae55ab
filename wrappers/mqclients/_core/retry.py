"""The retry decision, written once and shared by the sync and async request loops.

Pure: it never sleeps or sends. The loops ask ``RetryState`` after each attempt whether to try again and how long
to wait; only the I/O and the sleep differ between sync and async.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from .options import RetryPolicy

# Failures where the request never reached the server: safe to retry whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after the request may have been sent: retried only when the operation is idempotent.
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date); ``None`` when absent or bad."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds)


@dataclass
class RetryState:
    """Counts attempts for one call and decides about the next one, within the call's deadline.

    ``deadline_at`` is the call's deadline on ``clock`` (``RetryPolicy.total_deadline`` after the start when not
    given): a back-off that would end past it is not taken, the last error is reported at once instead.
    """

    policy: RetryPolicy
    idempotent: bool
    clock: Callable[[], float] = time.monotonic
    jitter: Callable[[], float] = random.random
    deadline_at: float | None = None
    # Statuses the operation answers for a lasting condition (the spec's x-not-transient): retrying cannot help.
    not_transient: frozenset[int] = frozenset()
    attempt: int = 0
    started: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.started = self.clock()
        if self.deadline_at is None:
            self.deadline_at = self.started + self.policy.total_deadline

    def _budget_allows(self, delay: float) -> bool:
        if self.attempt >= self.policy.max_retries:
            return False
        assert self.deadline_at is not None
        return self.clock() + delay < self.deadline_at

    def backoff(self) -> float:
        """Exponential backoff with full jitter in its upper half: ``base * 2**attempt`` times 0.5..1, capped."""
        ceiling = min(self.policy.backoff_max, self.policy.backoff_base * (2.0**self.attempt))
        return ceiling * (0.5 + 0.5 * self.jitter())

    def after_exception(self, exc: Exception, *, body_sent: bool = True) -> float | None:
        """Seconds to wait before retrying after a transport failure, or ``None`` to give up.

        ``body_sent`` is False when the failure happened before the operation's own request went out (a login
        request of the auth flow failed): then nothing of the call can have been processed.
        """
        if isinstance(exc, _NOT_SENT):
            retryable = True
        elif isinstance(exc, _MAYBE_SENT):
            retryable = self.idempotent or not body_sent
        else:
            retryable = False
        return self._next(retryable, None)

    def after_response(
        self, response: httpx.Response, *, body_sent: bool = True, rate_limited: bool = False
    ) -> float | None:
        """Seconds to wait before retrying after ``response``, or ``None`` to keep it.

        A refusal for rate (HTTP 429, or ``rate_limited``: the vendor's rate-limit code in an envelope) means the
        request was not processed: it is retried whatever the method when the server said when to come back
        (``Retry-After``) or sent its rate-limit code. Other transient statuses are retried only for idempotent
        operations, or when the operation's own request was not sent yet.
        """
        status = response.status_code
        if status in self.not_transient:
            return None
        safe_to_replay = self.idempotent or not body_sent
        if rate_limited or status == 429:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            retryable = safe_to_replay or rate_limited or retry_after is not None
        elif status in self.policy.retry_statuses and safe_to_replay:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            retryable = True
        else:
            return None  # the common answer: kept, without reading its headers
        if not retryable:
            return None
        if retry_after is not None and retry_after > self.policy.retry_after_max:
            return None  # the server asks for a longer pause than we may take: report the error now
        return self._next(True, retry_after)

    def _next(self, retryable: bool, retry_after: float | None) -> float | None:
        if not retryable:
            return None
        delay = retry_after if retry_after is not None else self.backoff()
        if not self._budget_allows(delay):
            return None
        self.attempt += 1
        return delay
