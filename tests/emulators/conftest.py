"""Fixtures that run the Zaqar operation tests of tests/integration against the Zaqar emulator: ``make_client`` and
``zq`` here have the same contract as there (each test sync and async, a project per client)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from typing import Any, cast

import pytest

from mqclients.emulators.pytest_plugin import RunningEmulator
from mqclients.zaqar import AsyncZaqar, Zaqar
from tests.support.async_driver import AsyncDriver


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, zaqar_emulator: RunningEmulator) -> Iterator[Any]:
    loop = asyncio.new_event_loop()
    made: list[Zaqar | AsyncZaqar] = []

    def make(**kwargs: Any) -> Zaqar:
        kwargs.setdefault("project_id", f"test-{uuid.uuid4().hex[:12]}")
        if request.param == "sync":
            client: Zaqar | AsyncZaqar = Zaqar(zaqar_emulator.url, **kwargs)
            made.append(client)
            return cast(Zaqar, client)
        aclient = AsyncZaqar(zaqar_emulator.url, **kwargs)
        made.append(aclient)
        return cast(Zaqar, AsyncDriver(aclient, loop))

    yield make
    for client in made:
        if isinstance(client, AsyncZaqar):
            loop.run_until_complete(client.aclose())
        else:
            client.close()
    loop.close()


@pytest.fixture
def zq(make_client: Any) -> Zaqar:
    return cast(Zaqar, make_client())
