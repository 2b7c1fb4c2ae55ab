"""Drive an async client from sync test code, so one test body checks the sync and the async client alike."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from mqclients._core.consumer import AsyncConsumer
from mqclients._core.pagination import AsyncPager, Page


class _PagerView:
    """An ``AsyncPager`` driven from sync test code: iterating and ``by_page`` run the async pager on the loop."""

    def __init__(self, pager: AsyncPager[Any, Any], loop: asyncio.AbstractEventLoop) -> None:
        self._pager = pager
        self._loop = loop

    def by_page(self, continuation_token: str | None = None) -> Iterator[Page[Any, Any]]:
        async def collect() -> list[Page[Any, Any]]:
            return [page async for page in self._pager.by_page(continuation_token)]

        return iter(self._loop.run_until_complete(collect()))

    def __iter__(self) -> Iterator[Any]:
        async def collect() -> list[Any]:
            return [item async for item in self._pager]

        return iter(self._loop.run_until_complete(collect()))


class _ConsumerView:
    """An ``AsyncConsumer`` driven from sync code: iteration and ``with`` run it on the loop."""

    def __init__(self, consumer: AsyncConsumer[Any], loop: asyncio.AbstractEventLoop) -> None:
        self._consumer = consumer
        self._loop = loop

    @property
    def stats(self) -> Any:
        return self._consumer.stats

    def __iter__(self) -> _ConsumerView:
        return self

    def __next__(self) -> Any:
        try:
            return self._loop.run_until_complete(self._consumer.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self, *, failed: bool = False) -> None:
        self._loop.run_until_complete(self._consumer.aclose(failed=failed))

    def __enter__(self) -> _ConsumerView:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self._loop.run_until_complete(self._consumer.__aexit__(exc_type, exc, tb))


class AsyncDriver:
    """Presents an async client with the sync client's surface: coroutines are run, pagers and consumers wrapped."""

    def __init__(self, client: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._client = client
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if isinstance(result, AsyncPager):
                return _PagerView(result, self._loop)
            if isinstance(result, AsyncConsumer):
                return _ConsumerView(result, self._loop)
            return self._loop.run_until_complete(result)

        return call


@contextlib.contextmanager
def sync_or_async(kind: str, make_sync: Callable[[], Any], make_async: Callable[[], Any]) -> Iterator[Any]:
    """The sync client (``kind == "sync"``) or the async one behind an ``AsyncDriver``; closed at the end."""
    if kind == "sync":
        with make_sync() as client:
            yield client
        return
    loop = asyncio.new_event_loop()
    aclient = make_async()
    try:
        yield AsyncDriver(aclient, loop)
    finally:
        loop.run_until_complete(aclient.aclose())
        loop.close()
