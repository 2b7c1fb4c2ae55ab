"""pytest fixtures for the emulators (registered through the ``pytest11`` entry point when mqclients is installed).

Each emulator runs once per session on a free 127.0.0.1 port, in a background thread, and is reset before every test
that uses it, so tests never see each other's queues:

- ``dms_emulator`` / ``cmq_emulator`` / ``rocketmq_emulator`` / ``zaqar_emulator``: the running emulator (``url``,
  ``keys``, ``backend``, ``advance(seconds)``);
- ``dms_client`` / ``cmq_client`` / ``rocketmq_client`` / ``zaqar_client``: a ready sync client (closed after);
- ``async_dms_client`` / ``async_cmq_client`` / ``async_rocketmq_client`` / ``async_zaqar_client``: a ready async
  client (needs pytest-asyncio);
- ``async_dms_client_inprocess`` / ``async_cmq_client_inprocess`` / ``async_zaqar_client_inprocess``: an async
  client wired to a fresh emulator through ``httpx.ASGITransport``: no port, no thread.

Importing this module costs nothing: the emulators (starlette, uvicorn, pydantic) load when a fixture is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from mqclients.cmq import CMQ, AsyncCMQ
    from mqclients.dms import DMS, AsyncDMS
    from mqclients.rocketmq import AsyncRocketMQ, RocketMQ
    from mqclients.zaqar import AsyncZaqar, Zaqar

    from .core import Backend
    from .runner import ThreadedServer


ZAQAR_PROJECT = "emulator-project"


@dataclass
class RunningEmulator:
    """An emulator serving at ``url`` with ``keys``; ``backend`` is its live state (for assertions)."""

    api: str
    url: str
    keys: Any
    backend: Backend

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock forward (visibility timeouts, delays and ack waits expire at once)."""
        self.backend.advance(seconds)


def _start(api: str) -> tuple[ThreadedServer, RunningEmulator]:
    from .apps import build
    from .runner import ThreadedServer

    backend, app = build(api)
    server = ThreadedServer(app).start()
    keys = getattr(backend, "keys", None)
    return server, RunningEmulator(api, server.url, keys, backend)


@pytest.fixture(scope="session")
def _mqclients_dms_server() -> Iterator[RunningEmulator]:
    server, emulator = _start("dms")
    yield emulator
    server.stop()


@pytest.fixture(scope="session")
def _mqclients_cmq_server() -> Iterator[RunningEmulator]:
    server, emulator = _start("cmq")
    yield emulator
    server.stop()


@pytest.fixture(scope="session")
def _mqclients_rocketmq_server() -> Iterator[RunningEmulator]:
    server, emulator = _start("rocketmq")
    yield emulator
    server.stop()


@pytest.fixture
def rocketmq_emulator(_mqclients_rocketmq_server: RunningEmulator) -> RunningEmulator:
    """The session's RocketMQ management emulator, emptied for this test."""
    _mqclients_rocketmq_server.backend.reset()
    return _mqclients_rocketmq_server


@pytest.fixture
def rocketmq_client(rocketmq_emulator: RunningEmulator) -> Iterator[RocketMQ]:
    from mqclients.rocketmq import RocketMQ

    with RocketMQ(**dms_arguments(rocketmq_emulator)) as client:
        yield client


@pytest.fixture(scope="session")
def _mqclients_zaqar_server() -> Iterator[RunningEmulator]:
    server, emulator = _start("zaqar")
    yield emulator
    server.stop()


@pytest.fixture
def zaqar_emulator(_mqclients_zaqar_server: RunningEmulator) -> RunningEmulator:
    """The session's Zaqar emulator, emptied for this test."""
    _mqclients_zaqar_server.backend.reset()
    return _mqclients_zaqar_server


@pytest.fixture
def zaqar_client(zaqar_emulator: RunningEmulator) -> Iterator[Zaqar]:
    from mqclients.zaqar import Zaqar

    with Zaqar(zaqar_emulator.url, project_id=ZAQAR_PROJECT) as client:
        yield client


@pytest.fixture
def dms_emulator(_mqclients_dms_server: RunningEmulator) -> RunningEmulator:
    """The session's DMS emulator, emptied for this test."""
    _mqclients_dms_server.backend.reset()
    return _mqclients_dms_server


@pytest.fixture
def cmq_emulator(_mqclients_cmq_server: RunningEmulator) -> RunningEmulator:
    """The session's CMQ emulator, emptied for this test."""
    _mqclients_cmq_server.backend.reset()
    return _mqclients_cmq_server


def dms_arguments(emulator: RunningEmulator) -> dict[str, Any]:
    """The constructor arguments of a DMS (or RocketMQ) client for ``emulator``."""
    keys = emulator.keys
    return {"endpoint": emulator.url, "ak": keys.ak, "sk": keys.sk, "project_id": keys.project_id}


def cmq_arguments(emulator: RunningEmulator) -> dict[str, Any]:
    """The constructor arguments of a CMQ client for ``emulator``."""
    return {"endpoint": emulator.url, "secret_id": emulator.keys.secret_id, "secret_key": emulator.keys.secret_key}


@pytest.fixture
def dms_client(dms_emulator: RunningEmulator) -> Iterator[DMS]:
    from mqclients.dms import DMS

    with DMS(**dms_arguments(dms_emulator)) as client:
        yield client


@pytest.fixture
def cmq_client(cmq_emulator: RunningEmulator) -> Iterator[CMQ]:
    from mqclients.cmq import CMQ

    with CMQ(**cmq_arguments(cmq_emulator)) as client:
        yield client


try:
    import pytest_asyncio
except ImportError:  # async fixtures need pytest-asyncio; the sync ones work without it
    pass
else:

    @pytest_asyncio.fixture
    async def async_dms_client(dms_emulator: RunningEmulator) -> AsyncIterator[AsyncDMS]:
        from mqclients.dms import AsyncDMS

        async with AsyncDMS(**dms_arguments(dms_emulator)) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_rocketmq_client(rocketmq_emulator: RunningEmulator) -> AsyncIterator[AsyncRocketMQ]:
        from mqclients.rocketmq import AsyncRocketMQ

        async with AsyncRocketMQ(**dms_arguments(rocketmq_emulator)) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_zaqar_client(zaqar_emulator: RunningEmulator) -> AsyncIterator[AsyncZaqar]:
        from mqclients.zaqar import AsyncZaqar

        async with AsyncZaqar(zaqar_emulator.url, project_id=ZAQAR_PROJECT) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_zaqar_client_inprocess() -> AsyncIterator[AsyncZaqar]:
        import httpx

        from mqclients.zaqar import AsyncZaqar

        from .apps import build

        _, app = build("zaqar")
        transport = httpx.ASGITransport(app=app)
        async with AsyncZaqar("http://zaqar.emulator", project_id=ZAQAR_PROJECT, http_transport=transport) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_cmq_client(cmq_emulator: RunningEmulator) -> AsyncIterator[AsyncCMQ]:
        from mqclients.cmq import AsyncCMQ

        async with AsyncCMQ(**cmq_arguments(cmq_emulator)) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_dms_client_inprocess() -> AsyncIterator[AsyncDMS]:
        import httpx

        from mqclients.dms import AsyncDMS

        from .apps import build

        backend, app = build("dms")
        emulator = RunningEmulator("dms", "http://dms.emulator", backend.keys, backend)  # type: ignore[attr-defined]
        transport = httpx.ASGITransport(app=app)
        async with AsyncDMS(**dms_arguments(emulator), http_transport=transport) as client:
            yield client

    @pytest_asyncio.fixture
    async def async_cmq_client_inprocess() -> AsyncIterator[AsyncCMQ]:
        import httpx

        from mqclients.cmq import AsyncCMQ

        from .apps import build

        backend, app = build("cmq")
        emulator = RunningEmulator("cmq", "http://cmq.emulator", backend.keys, backend)  # type: ignore[attr-defined]
        async with AsyncCMQ(**cmq_arguments(emulator), http_transport=httpx.ASGITransport(app=app)) as client:
            yield client
