"""Why the PostgreSQL store uses psycopg 3 (+ psycopg_pool) rather than asyncpg: insert+commit transactions per
second through each driver's pool, 1 and 8 at once, against a throw-away local PostgreSQL.

Not part of ``make bench`` (asyncpg is not a dependency of the project): ``pip install asyncpg==0.32.0`` into the
venv, run ``python -m bench.pg_drivers``, uninstall it again.
"""

from __future__ import annotations

import asyncio
import importlib
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from bench.common import table
from mqclients.servers.queuemanager.local_postgres import running_postgres

TRANSACTIONS = 3000
ROW = b"x" * 100


def with_psycopg(url: str, workers: int) -> float:
    with ConnectionPool(url, min_size=workers, max_size=workers) as pool:
        pool.wait()

        def one(_: int) -> None:
            with pool.connection() as conn, conn.transaction():
                conn.execute("INSERT INTO t (v) VALUES (%s) RETURNING id", (ROW,)).fetchone()

        with ThreadPoolExecutor(workers) as threads:
            started = time.perf_counter()
            list(threads.map(one, range(TRANSACTIONS)))
            return TRANSACTIONS / (time.perf_counter() - started)


async def with_asyncpg(url: str, workers: int) -> float:
    asyncpg: Any = importlib.import_module("asyncpg")  # optional: see the module's docstring
    pool = await asyncpg.create_pool(url, min_size=workers, max_size=workers)
    try:

        async def one() -> None:
            async with pool.acquire() as conn, conn.transaction():
                await conn.fetchval("INSERT INTO t (v) VALUES ($1) RETURNING id", ROW)

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(TRANSACTIONS)))
        return TRANSACTIONS / (time.perf_counter() - started)
    finally:
        await pool.close()


def main() -> None:
    rows = []
    with running_postgres() as cluster:
        url = cluster.create_database("drivers")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v bytea)")
        for workers in (1, 8):
            psy = statistics.median(with_psycopg(url, workers) for _ in range(3))
            apg = statistics.median(asyncio.run(with_asyncpg(url, workers)) for _ in range(3))
            rows.append((str(workers), f"{psy:.0f}", f"{apg:.0f}", f"{apg / psy:.2f}x"))
    print(
        table(
            f"insert + commit transactions/s, median of 3 runs of {TRANSACTIONS}, synchronous_commit on",
            ("at once", "psycopg 3 + pool", "asyncpg", "asyncpg / psycopg"),
            rows,
        )
    )


if __name__ == "__main__":
    main()
