"""Zaqar clients for tests that run sync and async alike: the real ``Zaqar``, or ``AsyncZaqar`` behind a driver
that makes it look sync. Used by the real-server suite and by the same suite against the emulator."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Callable, Iterator
from typing import Any, cast

from mqclients.zaqar import AsyncZaqar, Zaqar
from tests.support.async_driver import AsyncDriver


@contextlib.contextmanager
def zaqar_clients(endpoint: str, mode: str) -> Iterator[Callable[..., Zaqar]]:
    """A factory of clients on ``endpoint`` (``mode``: sync or async), each in a project of its own unless told;
    every client made is closed on exit."""
    loop = asyncio.new_event_loop()
    made: list[Zaqar | AsyncZaqar] = []

    def make(**kwargs: Any) -> Zaqar:
        kwargs.setdefault("project_id", f"test-{uuid.uuid4().hex[:12]}")
        if mode == "sync":
            client: Zaqar | AsyncZaqar = Zaqar(endpoint, **kwargs)
            made.append(client)
            return cast(Zaqar, client)
        aclient = AsyncZaqar(endpoint, **kwargs)
        made.append(aclient)
        return cast(Zaqar, AsyncDriver(aclient, loop))

    try:
        yield make
    finally:
        for client in made:
            if isinstance(client, AsyncZaqar):
                loop.run_until_complete(client.aclose())
            else:
                client.close()
        loop.close()
