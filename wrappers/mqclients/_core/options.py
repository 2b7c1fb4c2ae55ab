"""Client-wide settings and their per-call overrides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import httpx

# Per phase (connect 10 s, read/write/pool 30 s); with an ``httpx.Timeout`` the call's whole budget is
# ``RetryPolicy.total_deadline``. A plain number of seconds is the whole call's budget instead.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Added to the wait of a long-poll request to get its read timeout: the server's own answer must arrive first.
LONG_POLL_MARGIN_SECONDS = 10.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how often a failed request is tried again.

    Only idempotent requests are retried on a status or on a failure after the request was sent; a connection that
    could not be made is retried for every request, since nothing reached the server, and so is a 429 that says when
    to come back (``Retry-After`` up to ``retry_after_max``). ``total_deadline`` is the whole call's budget when the
    timeout is given as an ``httpx.Timeout`` (a number of seconds is the budget itself).
    """

    max_retries: int = 2
    backoff_base: float = 0.25
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    total_deadline: float = 60.0
    retry_statuses: frozenset[int] = frozenset({408, 429, 502, 503, 504})

    def with_max_retries(self, max_retries: int | None) -> RetryPolicy:
        return self if max_retries is None else replace(self, max_retries=max_retries)


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call overrides every generated method accepts: ``timeout``, ``max_retries``, ``extra_headers``; and
    ``max_response_bytes`` (set with ``with_options``). ``None`` means the client's setting."""

    timeout: float | httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    max_response_bytes: int | None = None


def as_timeout(value: float | httpx.Timeout | None, default: httpx.Timeout) -> httpx.Timeout:
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)
