"""Pick the store from ``--store`` / ``QM_STORE``: ``sqlite:///PATH`` (the default: DATA_DIR/queuemanager.sqlite3)
or ``postgresql://USER@HOST:PORT/DB`` (psycopg's connection string; keep the password out of it: libpq reads
``PGPASSWORD`` or ``~/.pgpass``)."""

from __future__ import annotations

from pathlib import Path

from .sqlite_store import SQLiteStore
from .store import Store

SQLITE_FILE = "queuemanager.sqlite3"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class StoreURLError(ValueError):
    """A ``--store`` value that names no store this server has."""


def describe(url: str | None, data_dir: Path) -> str:
    """Where the data is, for the start-up line: no password."""
    if url and url.startswith(POSTGRES_SCHEMES):
        from .pg_store import redacted

        return redacted(url)
    return f"sqlite://{sqlite_path(url, data_dir)}"


def sqlite_path(url: str | None, data_dir: Path) -> Path:
    if not url:
        return data_dir / SQLITE_FILE
    path = url.removeprefix("sqlite://")
    if not path.startswith("/"):
        raise StoreURLError(f"--store {url!r}: a SQLite store is sqlite:///ABSOLUTE/PATH (three slashes)")
    return Path(path)


def check_url(url: str | None) -> None:
    """Refuse a ``--store`` value that names no store, before anything is touched."""
    if not url or url.startswith(POSTGRES_SCHEMES):
        return
    if url.startswith("sqlite://"):
        sqlite_path(url, Path("."))
        return
    raise StoreURLError("--store must start with sqlite:/// or postgresql:// (the scheme names the store)")


def open_store(
    url: str | None,
    data_dir: Path,
    *,
    ack_deadline: float,
    max_in_flight: int,
    pool_size: int,
) -> Store:
    """The store ``url`` names (not opened yet)."""
    check_url(url)
    if not url or url.startswith("sqlite://"):
        return SQLiteStore(sqlite_path(url, data_dir), ack_deadline=ack_deadline, max_in_flight=max_in_flight)
    try:
        from .pg_store import PostgresStore
    except ImportError as exc:
        raise StoreURLError(
            "--store postgresql://... needs psycopg 3 and psycopg_pool: pip install 'mqclients[server-postgres]'"
        ) from exc
    return PostgresStore(url, ack_deadline=ack_deadline, max_in_flight=max_in_flight, pool_size=pool_size)
