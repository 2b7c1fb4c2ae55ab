"""The consumer loop (``mqclients._core.consumer``), sync and async: which message is acked as handled or failed, when
the batch is settled (leaving ``with`` by ``break`` or an exception settles at once), every ``ConsumerStats``
counter, and a failing acknowledgement that is counted and logged without stopping the loop."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest

from mqclients._core.consumer import AsyncConsumer, Consumer, ConsumerStats


class FakeQueue:
    """Hands out scripted batches (then empty polls) and records every settle call."""

    def __init__(self, *batches: Sequence[str], failing_settles: int = 0) -> None:
        self.batches = [list(batch) for batch in batches]
        self.polls = 0
        self.settled: list[tuple[list[str], list[bool]]] = []
        self.failing_settles = failing_settles

    def poll(self) -> list[str]:
        self.polls += 1
        if not self.batches:
            return []
        return self.batches.pop(0)

    def settle(self, batch: list[str], outcomes: list[bool]) -> None:
        self.settled.append((list(batch), list(outcomes)))
        if self.failing_settles:
            self.failing_settles -= 1
            raise RuntimeError("ack endpoint down")

    async def apoll(self) -> list[str]:
        return self.poll()

    async def asettle(self, batch: list[str], outcomes: list[bool]) -> None:
        self.settle(batch, outcomes)

    def consumer(self, **options: object) -> Consumer[str]:
        return Consumer(self.poll, self.settle, **options)  # type: ignore[arg-type]

    def async_consumer(self, **options: object) -> AsyncConsumer[str]:
        return AsyncConsumer(self.apoll, self.asettle, **options)  # type: ignore[arg-type]


class Boom(Exception):
    pass


# ------------------------------------------------------------------------------------------------ the happy path


def test_every_handled_message_is_acked_once_per_batch_in_order() -> None:
    queue = FakeQueue(["a", "b"], ["c"])
    consumer = queue.consumer(stop_when_empty=True)
    seen = []
    for message in consumer:
        # The batch is settled only when its last message is done: nothing acked while "b" is in hand.
        seen.append((message, len(queue.settled)))
    assert seen == [("a", 0), ("b", 0), ("c", 1)]
    assert queue.settled == [(["a", "b"], [True, True]), (["c"], [True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=3, failed=0, polls=3, settle_errors=0)


async def test_async_every_handled_message_is_acked_once_per_batch_in_order() -> None:
    queue = FakeQueue(["a", "b"], ["c"])
    consumer = queue.async_consumer(stop_when_empty=True)
    seen = []
    async for message in consumer:
        seen.append((message, len(queue.settled)))
    assert seen == [("a", 0), ("b", 0), ("c", 1)]
    assert queue.settled == [(["a", "b"], [True, True]), (["c"], [True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=3, failed=0, polls=3, settle_errors=0)


def test_an_empty_poll_without_stop_when_empty_polls_again() -> None:
    queue = FakeQueue([], [], ["a"])
    with queue.consumer() as consumer:
        assert next(consumer) == "a"
    assert queue.polls == 3
    assert queue.settled == [(["a"], [True])]  # empty polls settle nothing
    assert consumer.stats == ConsumerStats(received=1, succeeded=1, failed=0, polls=3, settle_errors=0)


async def test_async_an_empty_poll_without_stop_when_empty_polls_again() -> None:
    queue = FakeQueue([], [], ["a"])
    async with queue.async_consumer() as consumer:
        assert await consumer.__anext__() == "a"
    assert queue.polls == 3
    assert queue.settled == [(["a"], [True])]
    assert consumer.stats == ConsumerStats(received=1, succeeded=1, failed=0, polls=3, settle_errors=0)


def test_stop_when_empty_on_the_first_poll_settles_nothing() -> None:
    queue = FakeQueue()
    consumer = queue.consumer(stop_when_empty=True)
    assert list(consumer) == []
    assert queue.settled == []
    assert consumer.stats == ConsumerStats(polls=1)


async def test_async_stop_when_empty_on_the_first_poll_settles_nothing() -> None:
    queue = FakeQueue()
    consumer = queue.async_consumer(stop_when_empty=True)
    assert [m async for m in consumer] == []
    assert queue.settled == []
    assert consumer.stats == ConsumerStats(polls=1)


# ------------------------------------------------------------------------------------------------ leaving the loop


def test_break_out_of_with_acks_the_message_in_hand_and_releases_the_rest_at_once() -> None:
    queue = FakeQueue(["a", "b", "c"], ["d"])
    with queue.consumer() as consumer:
        for message in consumer:
            if message == "b":
                break
        assert queue.settled == []  # still in the with block: "b" is in hand
    assert queue.settled == [(["a", "b", "c"], [True, True, False])]
    assert queue.polls == 1
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=1, settle_errors=0)
    # Closed: iterating again neither polls nor settles.
    assert list(consumer) == []
    assert queue.polls == 1
    assert len(queue.settled) == 1


async def test_async_break_out_of_with_acks_the_message_in_hand_and_releases_the_rest_at_once() -> None:
    queue = FakeQueue(["a", "b", "c"], ["d"])
    async with queue.async_consumer() as consumer:
        async for message in consumer:
            if message == "b":
                break
        assert queue.settled == []
    assert queue.settled == [(["a", "b", "c"], [True, True, False])]
    assert queue.polls == 1
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=1, settle_errors=0)
    assert [m async for m in consumer] == []
    assert queue.polls == 1
    assert len(queue.settled) == 1


def _fail_on_b(consumer: Consumer[str]) -> None:
    with consumer:
        for message in consumer:
            if message == "b":
                raise Boom


async def _afail_on_b(consumer: AsyncConsumer[str]) -> None:
    async with consumer:
        async for message in consumer:
            if message == "b":
                raise Boom


def test_an_exception_out_of_with_fails_the_message_in_hand() -> None:
    queue = FakeQueue(["a", "b", "c"])
    consumer = queue.consumer()
    with pytest.raises(Boom):
        _fail_on_b(consumer)
    assert queue.settled == [(["a", "b", "c"], [True, False, False])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=1, failed=2, polls=1, settle_errors=0)


async def test_async_an_exception_out_of_with_fails_the_message_in_hand() -> None:
    queue = FakeQueue(["a", "b", "c"])
    consumer = queue.async_consumer()
    with pytest.raises(Boom):
        await _afail_on_b(consumer)
    assert queue.settled == [(["a", "b", "c"], [True, False, False])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=1, failed=2, polls=1, settle_errors=0)


def test_without_with_a_break_settles_nothing_until_close() -> None:
    queue = FakeQueue(["a", "b"])
    consumer = queue.consumer()
    for _message in consumer:
        break
    assert queue.settled == []
    consumer.close(failed=True)
    assert queue.settled == [(["a", "b"], [False, False])]
    consumer.close()  # a second close has nothing left to settle
    assert len(queue.settled) == 1
    with pytest.raises(StopIteration):
        next(consumer)
    assert queue.polls == 1


async def test_async_without_with_a_break_settles_nothing_until_aclose() -> None:
    queue = FakeQueue(["a", "b"])
    consumer = queue.async_consumer()
    async for _message in consumer:
        break
    assert queue.settled == []
    await consumer.aclose(failed=True)
    assert queue.settled == [(["a", "b"], [False, False])]
    await consumer.aclose()
    assert len(queue.settled) == 1
    with pytest.raises(StopAsyncIteration):
        await consumer.__anext__()
    assert queue.polls == 1


def test_close_acks_the_message_in_hand_as_handled_by_default() -> None:
    queue = FakeQueue(["a", "b"])
    consumer = queue.consumer()
    assert next(consumer) == "a"
    consumer.close()
    assert queue.settled == [(["a", "b"], [True, False])]


async def test_async_aclose_acks_the_message_in_hand_as_handled_by_default() -> None:
    queue = FakeQueue(["a", "b"])
    consumer = queue.async_consumer()
    assert await consumer.__anext__() == "a"
    await consumer.aclose()
    assert queue.settled == [(["a", "b"], [True, False])]


# ------------------------------------------------------------------------------------------------ max_messages


def test_max_messages_stops_after_that_many_and_releases_the_rest() -> None:
    queue = FakeQueue(["a", "b", "c"], ["d"])
    consumer = queue.consumer(max_messages=2)
    assert list(consumer) == ["a", "b"]
    assert queue.settled == [(["a", "b", "c"], [True, True, False])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=1, settle_errors=0)


async def test_async_max_messages_stops_after_that_many_and_releases_the_rest() -> None:
    queue = FakeQueue(["a", "b", "c"], ["d"])
    consumer = queue.async_consumer(max_messages=2)
    assert [m async for m in consumer] == ["a", "b"]
    assert queue.settled == [(["a", "b", "c"], [True, True, False])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=1, settle_errors=0)


def test_max_messages_across_batches_counts_every_message_handed_out() -> None:
    queue = FakeQueue(["a"], ["b", "c"], ["d"])
    consumer = queue.consumer(max_messages=3)
    assert list(consumer) == ["a", "b", "c"]
    assert queue.settled == [(["a"], [True]), (["b", "c"], [True, True])]
    assert queue.polls == 2


async def test_async_max_messages_across_batches_counts_every_message_handed_out() -> None:
    queue = FakeQueue(["a"], ["b", "c"], ["d"])
    consumer = queue.async_consumer(max_messages=3)
    assert [m async for m in consumer] == ["a", "b", "c"]
    assert queue.settled == [(["a"], [True]), (["b", "c"], [True, True])]
    assert queue.polls == 2


def test_max_messages_zero_hands_out_nothing() -> None:
    queue = FakeQueue(["a"])
    assert list(queue.consumer(max_messages=0)) == []
    assert queue.polls == 0


# ------------------------------------------------------------------------------------------------ ack failures


def test_a_failing_acknowledgement_is_counted_logged_and_the_loop_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    queue = FakeQueue(["a", "b"], ["c"], failing_settles=1)
    consumer = queue.consumer(stop_when_empty=True)
    with caplog.at_level(logging.WARNING, logger="mqclients"):
        assert list(consumer) == ["a", "b", "c"]
    assert queue.settled == [(["a", "b"], [True, True]), (["c"], [True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=3, failed=0, polls=3, settle_errors=1)
    warnings = [r.getMessage() for r in caplog.records if r.name == "mqclients" and r.levelno == logging.WARNING]
    assert warnings == ["acknowledging 2 messages failed (ack endpoint down); they will be delivered again"]


async def test_async_a_failing_acknowledgement_is_counted_logged_and_the_loop_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    queue = FakeQueue(["a", "b"], ["c"], failing_settles=1)
    consumer = queue.async_consumer(stop_when_empty=True)
    with caplog.at_level(logging.WARNING, logger="mqclients"):
        assert [m async for m in consumer] == ["a", "b", "c"]
    assert queue.settled == [(["a", "b"], [True, True]), (["c"], [True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=3, failed=0, polls=3, settle_errors=1)
    warnings = [r.getMessage() for r in caplog.records if r.name == "mqclients" and r.levelno == logging.WARNING]
    assert warnings == ["acknowledging 2 messages failed (ack endpoint down); they will be delivered again"]


def test_a_failing_acknowledgement_on_close_does_not_escape_the_with_block() -> None:
    queue = FakeQueue(["a"], failing_settles=1)
    with queue.consumer() as consumer:
        assert next(consumer) == "a"
    assert queue.settled == [(["a"], [True])]
    assert consumer.stats.settle_errors == 1


async def test_async_a_failing_acknowledgement_on_aclose_does_not_escape_the_with_block() -> None:
    queue = FakeQueue(["a"], failing_settles=1)
    async with queue.async_consumer() as consumer:
        assert await consumer.__anext__() == "a"
    assert queue.settled == [(["a"], [True])]
    assert consumer.stats.settle_errors == 1


def test_the_stats_property_is_live() -> None:
    queue = FakeQueue(["a", "b"])
    consumer = queue.consumer()
    stats = consumer.stats
    next(consumer)
    assert stats.polls == 1
    assert stats.received == 2
    assert consumer.stats is stats


class FlakyQueue(FakeQueue):
    """The first poll after the first batch fails, as a network error would."""

    def __init__(self, *batches: Sequence[str]) -> None:
        super().__init__(*batches)
        self.fail_next_poll_after = 1

    def poll(self) -> list[str]:
        if self.polls == self.fail_next_poll_after:
            self.polls += 1
            raise ConnectionError("poll failed")
        return super().poll()


def test_a_failed_poll_propagates_and_iterating_again_polls_again() -> None:
    queue = FlakyQueue(["a"], ["b"])
    consumer = queue.consumer()
    assert next(consumer) == "a"
    with pytest.raises(ConnectionError):
        next(consumer)
    assert queue.settled == [(["a"], [True])]  # settled before the failing poll
    assert next(consumer) == "b"
    consumer.close()
    assert queue.settled == [(["a"], [True]), (["b"], [True])]


async def test_async_a_failed_poll_propagates_and_iterating_again_polls_again() -> None:
    queue = FlakyQueue(["a"], ["b"])
    consumer = queue.async_consumer()
    assert await consumer.__anext__() == "a"
    with pytest.raises(ConnectionError):
        await consumer.__anext__()
    assert queue.settled == [(["a"], [True])]
    assert await consumer.__anext__() == "b"
    await consumer.aclose()
    assert queue.settled == [(["a"], [True]), (["b"], [True])]


def test_after_stop_when_empty_ends_the_loop_iterating_again_does_not_poll() -> None:
    queue = FakeQueue(["a"])
    consumer = queue.consumer(stop_when_empty=True)
    assert list(consumer) == ["a"]
    assert queue.polls == 2
    assert list(consumer) == []
    assert queue.polls == 2


async def test_async_after_stop_when_empty_ends_the_loop_iterating_again_does_not_poll() -> None:
    queue = FakeQueue(["a"])
    consumer = queue.async_consumer(stop_when_empty=True)
    assert [m async for m in consumer] == ["a"]
    assert queue.polls == 2
    assert [m async for m in consumer] == []
    assert queue.polls == 2


def test_reject_fails_the_message_in_hand_and_the_loop_goes_on() -> None:
    queue = FakeQueue(["a", "b", "c"])
    consumer = queue.consumer(stop_when_empty=True)
    for message in consumer:
        if message == "b":
            consumer.reject()
            consumer.reject()  # once settled as failed, a second reject changes nothing
    assert queue.settled == [(["a", "b", "c"], [True, False, True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=2, settle_errors=0)


async def test_async_reject_fails_the_message_in_hand_and_the_loop_goes_on() -> None:
    queue = FakeQueue(["a", "b", "c"])
    consumer = queue.async_consumer(stop_when_empty=True)
    async for message in consumer:
        if message == "b":
            consumer.reject()
            consumer.reject()
    assert queue.settled == [(["a", "b", "c"], [True, False, True])]
    assert consumer.stats == ConsumerStats(received=3, succeeded=2, failed=1, polls=2, settle_errors=0)


def test_reject_then_close_does_not_count_the_message_twice() -> None:
    queue = FakeQueue(["a", "b"])
    with queue.consumer() as consumer:
        assert next(consumer) == "a"
        consumer.reject()
    assert queue.settled == [(["a", "b"], [False, False])]
    assert consumer.stats.failed == 2
