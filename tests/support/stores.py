"""Both queueManager stores for the server tests: ``store_kind`` parametrizes a module over SQLite and PostgreSQL
(the PostgreSQL variant is marked ``integration``: ``make test-fast`` skips it), and ``store_for`` answers the
``--store`` of a server's data directory: nothing for SQLite (its file in the directory), a database of its own
on the session's throw-away PostgreSQL cluster (the same one again when a test restarts a server on the same
directory)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mqclients.servers.queuemanager.local_postgres import LocalPostgres, running_postgres

StoreFor = Callable[[Path], str | None]
STORE_KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)]


@pytest.fixture(scope="session")
def postgres() -> Iterator[LocalPostgres]:
    """One PostgreSQL cluster for the test session (initdb in a temporary directory, loopback, stopped by PID)."""
    with running_postgres() as cluster:
        yield cluster


@pytest.fixture(scope="module", params=STORE_KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    return kind


@pytest.fixture(scope="module")
def store_for(store_kind: str, request: pytest.FixtureRequest) -> StoreFor:
    if store_kind == "sqlite":
        return lambda data_dir: None
    cluster: LocalPostgres = request.getfixturevalue("postgres")
    by_dir: dict[Path, str] = {}

    def database_of(data_dir: Path) -> str:
        if data_dir not in by_dir:
            by_dir[data_dir] = cluster.create_database()
        return by_dir[data_dir]

    return database_of
