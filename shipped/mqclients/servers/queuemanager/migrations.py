"""Versioned schema migrations: a small ordered list per database, applied at start-up, each exactly once.

Why not Alembic or yoyo: both stores are a handful of tables written in plain SQL for two dialects, with no ORM;
a tool would add a dependency and a second place the schema lives, for what is an ordered list and a version
number. The rules the runner keeps (and tests/servers/test_queuemanager_store.py checks):

- migrations are numbered 1, 2, 3, ... without gaps, and a released one is never edited: a change is a new one;
- each runs in its own transaction together with the bump of the recorded version, so a crash mid-way leaves the
  previous version, and the next start runs it again;
- a database at a version newer than this code knows is refused (an older server must not write a newer schema);
- concurrent starts (N replicas on one PostgreSQL) are serialized by the store's lock (an advisory lock there):
  the first applies, the others find the work done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer server than this one."""


def check_ordered(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != list(range(1, len(migrations) + 1)):
        raise ValueError(f"migrations must be numbered 1..{len(migrations)} in order, got {versions}")


def apply(
    migrations: Sequence[Migration],
    current: int,
    run: Callable[[Migration], None],
) -> list[int]:
    """Run, in order, each migration newer than ``current`` (``run`` applies one and records its version in one
    transaction); answer the versions applied."""
    check_ordered(migrations)
    if current > len(migrations):
        raise SchemaTooNew(
            f"the database's schema is at version {current}, this server knows up to {len(migrations)}: "
            "upgrade the server"
        )
    applied = []
    for migration in migrations[current:]:
        run(migration)
        applied.append(migration.version)
    return applied
