"""``Consumer.reject()``: the message in hand is settled as failed (delivered again) and the loop goes on."""

from __future__ import annotations

from mqclients._core.consumer import AsyncConsumer, Consumer


def test_reject_fails_only_the_message_in_hand() -> None:
    settled: list[tuple[list[str], list[bool]]] = []
    polls = iter([["a", "b", "c"], []])
    consumer = Consumer(lambda: next(polls), lambda batch, ok: settled.append((batch, ok)), stop_when_empty=True)
    seen = []
    with consumer:
        for message in consumer:
            seen.append(message)
            if message == "b":
                consumer.reject()
    assert seen == ["a", "b", "c"]
    assert settled == [(["a", "b", "c"], [True, False, True])]
    assert (consumer.stats.succeeded, consumer.stats.failed) == (2, 1)


async def test_async_reject_fails_only_the_message_in_hand() -> None:
    settled: list[tuple[list[str], list[bool]]] = []
    polls = iter([["a", "b"], []])

    async def poll() -> list[str]:
        return next(polls)

    async def settle(batch: list[str], ok: list[bool]) -> None:
        settled.append((batch, ok))

    consumer = AsyncConsumer(poll, settle, stop_when_empty=True)
    async for message in consumer:
        if message == "a":
            consumer.reject()
    assert settled == [(["a", "b"], [False, True])]
