"""A real Zaqar v2 server for the whole test session, and a client fixture that runs each test sync and async."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import pytest

from mqclients.zaqar import AsyncZaqar, Zaqar
from servers.zaqar_local import LocalZaqar, running_zaqar
from tests.support.zaqar_clients import zaqar_clients


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything in this folder talks to the real server: mark it, so `-m 'not integration'` skips it."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def zaqar_server() -> Iterator[LocalZaqar]:
    with running_zaqar() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, zaqar_server: LocalZaqar) -> Iterator[Any]:
    """A factory of clients (each test gets its own project): real ``Zaqar``, or ``AsyncZaqar`` behind a driver."""
    with zaqar_clients(zaqar_server.endpoint, request.param) as make:
        yield make


@pytest.fixture
def zq(make_client: Any) -> Zaqar:
    return cast(Zaqar, make_client())


@pytest.fixture
async def azq(zaqar_server: LocalZaqar) -> AsyncIterator[AsyncZaqar]:
    async with AsyncZaqar(zaqar_server.endpoint, project_id=f"atest-{uuid.uuid4().hex[:12]}") as client:
        yield client
