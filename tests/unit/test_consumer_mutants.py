"""Pins of the consumer's defaults and counters that mutation testing found unchecked: every ``ConsumerStats``
counter starts at zero (comparing two ``ConsumerStats`` hides a changed default), an empty poll does not stop a
consumer by default, and ``close()``/``aclose()`` without arguments acks the message in hand. Sync and async alike."""

from __future__ import annotations

import dataclasses

from mqclients._core.batching import BatchReport
from mqclients._core.consumer import AsyncConsumer, Consumer, ConsumerStats


class _Queue:
    """Scripted polls, then empty polls; records every settle."""

    def __init__(self, *polls: list[str]) -> None:
        self.polls = [list(batch) for batch in polls]
        self.settled: list[tuple[list[str], list[bool]]] = []

    def poll(self) -> list[str]:
        return self.polls.pop(0) if self.polls else []

    def settle(self, batch: list[str], outcomes: list[bool]) -> None:
        self.settled.append((list(batch), list(outcomes)))

    async def apoll(self) -> list[str]:
        return self.poll()

    async def asettle(self, batch: list[str], outcomes: list[bool]) -> None:
        self.settle(batch, outcomes)


def test_a_new_consumer_counts_nothing() -> None:
    assert dataclasses.astuple(ConsumerStats()) == (0, 0, 0, 0, 0)
    queue = _Queue()
    assert dataclasses.astuple(Consumer(queue.poll, queue.settle).stats) == (0, 0, 0, 0, 0)
    assert dataclasses.astuple(AsyncConsumer(queue.apoll, queue.asettle).stats) == (0, 0, 0, 0, 0)


def test_an_empty_poll_does_not_stop_a_consumer_by_default_and_close_acks_the_message_in_hand() -> None:
    queue = _Queue([], ["a", "b"])
    consumer = Consumer(queue.poll, queue.settle)
    assert next(consumer) == "a"
    consumer.close()
    assert queue.settled == [(["a", "b"], [True, False])]
    stats = consumer.stats
    assert (stats.received, stats.succeeded, stats.failed, stats.polls, stats.settle_errors) == (2, 1, 1, 2, 0)


async def test_an_empty_poll_does_not_stop_an_async_consumer_by_default_and_aclose_acks_the_message_in_hand() -> None:
    queue = _Queue([], ["a", "b"])
    consumer = AsyncConsumer(queue.apoll, queue.asettle)
    assert await consumer.__anext__() == "a"
    await consumer.aclose()
    assert queue.settled == [(["a", "b"], [True, False])]
    stats = consumer.stats
    assert (stats.received, stats.succeeded, stats.failed, stats.polls, stats.settle_errors) == (2, 1, 1, 2, 0)


def test_a_new_batch_report_has_sent_no_request() -> None:
    report: BatchReport[str] = BatchReport()
    assert (report.succeeded, report.failed, report.requests, report.ok) == ([], [], 0, True)
