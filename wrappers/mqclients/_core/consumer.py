"""A consumer loop over any poll/acknowledge API: ``for message in consumer: ...`` acks what the loop body handled.

The rule, for every API: a message whose loop body returned (the loop asked for the next message, or left the
``with`` block normally) succeeded; a message whose body raised failed; messages received but never handed out when
the consumer closes are released as failed, so the service delivers them again. Acknowledgements are sent once per
received batch, in the order the messages were received (some services require that order). Use the consumer as a
context manager (``with``/``async with``): then leaving the loop, by ``break`` or by an exception, settles the batch
at once. Without one, a batch left half-handled is never acknowledged and comes back when the service's
acknowledgement deadline passes.

The per-API part is two functions: ``poll()`` returns the next batch (possibly empty, after a long poll) and
``settle(batch, outcomes)`` acknowledges a whole batch. Settling problems are logged and counted, not raised into
the loop: an unacknowledged message is delivered again, never lost.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Self, TypeVar

M = TypeVar("M")
logger = logging.getLogger("mqclients")


@dataclass
class ConsumerStats:
    received: int = 0
    succeeded: int = 0
    failed: int = 0
    polls: int = 0
    settle_errors: int = 0


class _ConsumerState(Generic[M]):
    """The batch being handed out and each message's outcome; no I/O."""

    def __init__(self, stop_when_empty: bool, max_messages: int | None) -> None:
        self.batch: list[M] = []
        self.outcomes: list[bool] = []
        self.position = 0  # messages handed out of the current batch
        self.in_flight = False
        self.stop_when_empty = stop_when_empty
        self.max_messages = max_messages
        self.handed_out = 0
        self.closed = False
        self.stats = ConsumerStats()

    def finish_in_flight(self, success: bool) -> None:
        if self.in_flight:
            self.outcomes.append(success)
            self.in_flight = False

    def batch_done(self) -> bool:
        return self.position >= len(self.batch)

    def take_outcomes(self) -> tuple[list[M], list[bool]]:
        """The batch and its outcomes (messages never handed out: failed), and reset for the next batch."""
        batch, outcomes = self.batch, self.outcomes + [False] * (len(self.batch) - len(self.outcomes))
        self.batch, self.outcomes, self.position = [], [], 0
        self.stats.succeeded += sum(outcomes)
        self.stats.failed += len(outcomes) - sum(outcomes)
        return batch, outcomes

    def limit_reached(self) -> bool:
        return self.max_messages is not None and self.handed_out >= self.max_messages

    def hand_out(self) -> M:
        message = self.batch[self.position]
        self.position += 1
        self.handed_out += 1
        self.in_flight = True
        return message

    def settle_failed(self, count: int, exc: Exception) -> None:
        self.stats.settle_errors += 1
        logger.warning("acknowledging %d messages failed (%s); they will be delivered again", count, exc)

    def received(self, batch: Sequence[M]) -> None:
        self.stats.polls += 1
        self.stats.received += len(batch)
        self.batch, self.outcomes, self.position = list(batch), [], 0


class Consumer(Generic[M]):
    """Sync consumer; see the module docstring."""

    def __init__(
        self,
        poll: Callable[[], Sequence[M]],
        settle: Callable[[list[M], list[bool]], None],
        *,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> None:
        self._poll = poll
        self._settle = settle
        self._state: _ConsumerState[M] = _ConsumerState(stop_when_empty, max_messages)

    @property
    def stats(self) -> ConsumerStats:
        return self._state.stats

    def _flush(self) -> None:
        if not self._state.batch:
            return
        batch, outcomes = self._state.take_outcomes()
        try:
            self._settle(batch, outcomes)
        except Exception as exc:  # an unacked message comes back; the loop must go on
            self._state.settle_failed(len(batch), exc)

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> M:
        state = self._state
        state.finish_in_flight(True)
        while True:
            if state.closed or state.limit_reached():
                self.close()
                raise StopIteration
            if not state.batch_done():
                return state.hand_out()
            self._flush()
            batch = self._poll()
            state.received(batch)
            if not batch and state.stop_when_empty:
                self.close()
                raise StopIteration

    def reject(self) -> None:
        """Settle the message in hand as failed (delivered again) without leaving the loop."""
        self._state.finish_in_flight(False)

    def close(self, *, failed: bool = False) -> None:
        """Settle the current batch (the message in hand: failed if ``failed``) and stop consuming."""
        self._state.finish_in_flight(not failed)
        self._flush()
        self._state.closed = True

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close(failed=exc is not None)


class AsyncConsumer(Generic[M]):
    """Async consumer (``async for`` / ``async with``); see the module docstring."""

    def __init__(
        self,
        poll: Callable[[], Awaitable[Sequence[M]]],
        settle: Callable[[list[M], list[bool]], Awaitable[None]],
        *,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> None:
        self._poll = poll
        self._settle = settle
        self._state: _ConsumerState[M] = _ConsumerState(stop_when_empty, max_messages)

    @property
    def stats(self) -> ConsumerStats:
        return self._state.stats

    async def _flush(self) -> None:
        if not self._state.batch:
            return
        batch, outcomes = self._state.take_outcomes()
        try:
            await self._settle(batch, outcomes)
        except Exception as exc:  # an unacked message comes back; the loop must go on
            self._state.settle_failed(len(batch), exc)

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> M:
        state = self._state
        state.finish_in_flight(True)
        while True:
            if state.closed or state.limit_reached():
                await self.aclose()
                raise StopAsyncIteration
            if not state.batch_done():
                return state.hand_out()
            await self._flush()
            batch = await self._poll()
            state.received(batch)
            if not batch and state.stop_when_empty:
                await self.aclose()
                raise StopAsyncIteration

    def reject(self) -> None:
        """Settle the message in hand as failed (delivered again) without leaving the loop."""
        self._state.finish_in_flight(False)

    async def aclose(self, *, failed: bool = False) -> None:
        """Settle the current batch (the message in hand: failed if ``failed``) and stop consuming."""
        self._state.finish_in_flight(not failed)
        await self._flush()
        self._state.closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose(failed=exc is not None)
