"""Splitting any number of items into requests within an operation's ``x-batch`` limits, and reporting the outcome
of every item: a batch with partial failures names each failed item, none is dropped silently."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from .errors import APIError, MQClientError, ValidationError
from .operation import Batch

T = TypeVar("T")
R = TypeVar("R")

# What a batch request adds around its items' JSON: the envelope's braces and key, a comma per item.
_ENVELOPE_BYTES = 64


def json_size(item: Any) -> int:
    """Bytes the item takes in a compact JSON body."""
    return len(json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))


def plan_batches(
    sizes: Sequence[int], limits: Batch, field_name: str, *, overhead: int = _ENVELOPE_BYTES, per_item: int = 1
) -> tuple[list[list[int]], list[tuple[int, ValidationError]]]:
    """Group item indexes, in order, into batches within ``limits``; items too large to send alone are refused.

    ``overhead`` bytes count once per request and ``per_item`` once per item (a JSON body's braces and commas; 0 and
    0 where the limit is on the items alone, as CMQ's 64 KB on the sum of message bodies).
    """
    batches: list[list[int]] = []
    refused: list[tuple[int, ValidationError]] = []
    current: list[int] = []
    current_bytes = overhead
    for index, size in enumerate(sizes):
        if limits.max_bytes is not None and size + overhead + per_item > limits.max_bytes:
            rule = f"must fit in one request of at most {limits.max_bytes} bytes (this one is {size} bytes)"
            refused.append((index, ValidationError(f"{field_name}[{index}]", rule)))
            continue
        too_many = len(current) >= limits.max_items
        too_big = limits.max_bytes is not None and current_bytes + size + per_item > limits.max_bytes
        if current and (too_many or too_big):
            batches.append(current)
            current, current_bytes = [], overhead
        current.append(index)
        current_bytes += size + per_item
    if current:
        batches.append(current)
    return batches, refused


@dataclass(frozen=True)
class ItemFailure(Generic[T]):
    """One item that was not accepted: its position in the caller's sequence, the item, and why."""

    index: int
    item: T
    reason: str
    error_code: str | None = None
    error: MQClientError | None = None


@dataclass
class BatchReport(Generic[T]):
    """The outcome of a batched send: the accepted items' results and every failed item."""

    succeeded: list[tuple[int, Any]] = field(default_factory=list)
    failed: list[ItemFailure[T]] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed

    def raise_for_failures(self) -> None:
        """Raise ``BatchError`` naming every failed item, if any failed."""
        if self.failed:
            raise BatchError(self)


class BatchError(MQClientError):
    """Some items of a batched send were not accepted; ``report.failed`` lists each one."""

    def __init__(self, report: BatchReport[Any]) -> None:
        self.report = report
        listed = "; ".join(f"#{f.index}: {f.reason}" for f in report.failed[:10])
        more = f" (+{len(report.failed) - 10} more)" if len(report.failed) > 10 else ""
        super().__init__(
            f"{len(report.failed)} of {len(report.failed) + len(report.succeeded)} items failed: {listed}{more}"
        )


def record_request_failure(
    report: BatchReport[T], indexes: Sequence[int], items: Sequence[T], error: Exception
) -> None:
    """A whole request failed: each of its items failed, with the request's error."""
    code = getattr(error, "error_code", None)
    wrapped = error if isinstance(error, MQClientError) else None
    for index in indexes:
        report.failed.append(ItemFailure(index, items[index], str(error), code, wrapped))


def _finished(report: BatchReport[T]) -> BatchReport[T]:
    report.failed.sort(key=lambda failure: failure.index)
    report.succeeded.sort(key=lambda success: success[0])
    return report


def _failed(
    items: Sequence[T], on_error: Callable[[BatchReport[T], list[int], APIError], None] | None
) -> Callable[[BatchReport[T], list[int], APIError], None]:
    """How a failed request is recorded: the helper's own way, or each of its items failed with the error."""
    if on_error is not None:
        return on_error
    return lambda report, indexes, exc: record_request_failure(report, indexes, items, exc)


def send_in_batches(
    items: Sequence[T],
    batches: Sequence[list[int]],
    report: BatchReport[T],
    send: Callable[[list[int]], R],
    record: Callable[[BatchReport[T], list[int], R], None],
    on_error: Callable[[BatchReport[T], list[int], APIError], None] | None = None,
) -> BatchReport[T]:
    """Send each planned batch; record each answer; a request that fails is recorded item by item. Never stops
    early: every item ends up in ``succeeded`` or ``failed``."""
    for indexes in batches:
        try:
            result = send(indexes)
        except APIError as exc:
            _failed(items, on_error)(report, indexes, exc)
            continue
        record(report, indexes, result)
    return _finished(report)


async def asend_in_batches(
    items: Sequence[T],
    batches: Sequence[list[int]],
    report: BatchReport[T],
    send: Callable[[list[int]], Awaitable[R]],
    record: Callable[[BatchReport[T], list[int], R], None],
    on_error: Callable[[BatchReport[T], list[int], APIError], None] | None = None,
) -> BatchReport[T]:
    """The async ``send_in_batches``."""
    for indexes in batches:
        try:
            result = await send(indexes)
        except APIError as exc:
            _failed(items, on_error)(report, indexes, exc)
            continue
        record(report, indexes, result)
    return _finished(report)
