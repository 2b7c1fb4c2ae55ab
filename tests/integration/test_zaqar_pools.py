"""Zaqar pools and flavors against the real server run with pooling on a SQL management store (sqlalchemy on
SQLite), sync and async, listings walked across several pages."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import httpx
import pytest

from mqclients import errors
from mqclients._core.redact import redacted_dict
from mqclients.zaqar import AsyncZaqar, Zaqar
from mqclients.zaqar_api.models import (
    NewMessage,
    PoolCreateOptions,
)
from servers.zaqar_local import LocalZaqar, running_zaqar
from tests.support.async_driver import sync_or_async


@pytest.fixture(scope="module")
def pooling_server() -> Iterator[LocalZaqar]:
    with running_zaqar(pooling=True) as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def zq(request: pytest.FixtureRequest, pooling_server: LocalZaqar) -> Iterator[Zaqar]:
    url, project = pooling_server.endpoint, f"pools-{uuid.uuid4().hex[:8]}"
    with sync_or_async(
        request.param, lambda: Zaqar(url, project_id=project), lambda: AsyncZaqar(url, project_id=project)
    ) as client:
        yield client


def _uri(server: LocalZaqar, db: int) -> str:
    """Each pool needs a URI of its own (a shared one is refused): one redis database each."""
    assert server.pool_uri is not None
    return f"{server.pool_uri}?dbid={db}"


@pytest.fixture
def pools(zq: Zaqar, pooling_server: LocalZaqar) -> Iterator[list[str]]:
    """Three pools on redis databases 1-3, deregistered afterwards (pools are server-wide, not per project)."""
    prefix = f"p{uuid.uuid4().hex[:6]}"
    names = [f"{prefix}-{i}" for i in range(3)]
    for db, name in enumerate(names, start=1):
        zq.create_pool(name, uri=_uri(pooling_server, db), weight=10 * db)
    yield names
    for name in names:
        zq.delete_pool(name)


def test_pools_register_read_update_page_and_deregister(
    zq: Zaqar, pools: list[str], pooling_server: LocalZaqar
) -> None:
    pool = zq.get_pool(pools[0])
    assert (pool.name, pool.weight, pool.uri) == (pools[0], 10, _uri(pooling_server, 1))
    assert pool.options is None  # only with detailed=true
    detailed = zq.get_pool(pools[0], detailed=True)
    assert detailed.options is not None

    updated = zq.update_pool(pools[1], weight=99)
    assert updated.weight == 99
    assert zq.get_pool(pools[1]).weight == 99

    pages = list(zq.list_pools(limit=2).by_page())
    assert [len(page.items) for page in pages] == [2, 1]  # three pools, two per page (the empty page ends it)
    assert [p.name for p in zq.list_pools(limit=2)] == pools
    assert all(p.options is not None for p in zq.list_pools(limit=2, detailed=True))

    zq.delete_pool(pools[2])
    with pytest.raises(errors.NotFoundError):
        zq.get_pool(pools[2])
    zq.delete_pool(pools[2])  # 204 again: deregistering is idempotent
    zq.create_pool(pools[2], uri=_uri(pooling_server, 3), weight=30)  # for the fixture's cleanup


def test_flavors_group_pools_place_queues_and_page(zq: Zaqar, pools: list[str]) -> None:
    prefix = f"f{uuid.uuid4().hex[:6]}"
    flavors = [f"{prefix}-{i}" for i in range(3)]
    for flavor, pool in zip(flavors, pools, strict=True):
        zq.create_flavor(flavor, pool_list=[pool])
    try:
        gold = zq.get_flavor(flavors[0])
        assert gold.pool_list == [pools[0]]
        assert gold.capabilities is not None
        assert "CLAIMS" in gold.capabilities  # derived from the pool's redis store
        assert zq.get_pool(pools[0]).flavor == flavors[0]

        moved = zq.update_flavor(flavors[0], pool_list=[pools[0], pools[1]])
        assert moved.pool_list is not None
        assert sorted(moved.pool_list) == sorted(pools[:2])

        pages = list(zq.list_flavors(limit=2).by_page())
        assert [len(page.items) for page in pages] == [2, 1]
        listed = list(zq.list_flavors(limit=2, detailed=True))
        assert [f.name for f in listed] == flavors
        assert all(f.capabilities is not None for f in listed)

        # A queue asking for the flavor lands in one of its pools and works as any queue.
        zq.create_queue("flavoured", body={"_flavor": flavors[0]})
        zq.post_messages("flavoured", messages=[NewMessage(body={"n": 1}, ttl=300)])
        assert zq.get_queue_stats("flavoured").messages.free == 1
        assert zq.get_queue("flavoured").flavor == flavors[0]
        zq.delete_queue("flavoured")
    finally:
        for flavor in flavors:
            zq.delete_flavor(flavor)
    with pytest.raises(errors.NotFoundError):
        zq.get_flavor(flavors[0])
    assert zq.get_pool(pools[0]).flavor in (None, "")  # released


def test_bad_pool_and_flavor_requests_are_typed_errors(zq: Zaqar, pools: list[str], pooling_server: LocalZaqar) -> None:
    with pytest.raises(errors.BadRequestError):  # the server cannot connect to it
        zq.create_pool("unreachable", uri="redis://127.0.0.1:1", weight=1)
    with pytest.raises(errors.BadRequestError):  # a flavor over a pool that does not exist
        zq.create_flavor("nowhere", pool_list=["no-such-pool"])
    with pytest.raises(errors.NotFoundError):
        zq.update_pool("no-such-pool", weight=1)
    with pytest.raises(errors.NotFoundError):
        zq.update_flavor("no-such-flavor", pool_list=[pools[0]])
    with pytest.raises(errors.ValidationError):  # the spec's rules, before any I/O
        zq.create_flavor("empty", pool_list=[])
    with pytest.raises(errors.ValidationError):
        list(zq.list_pools(limit=21))  # a pager: the first page is asked for (and checked) when iterated
    with pytest.raises(errors.PermissionDeniedError):  # pools are for admins
        list(zq.list_pools(x_roles="member"))
    # Erratum: a pool on a URI another pool has is a 500 naming a missing pool, not a conflict.
    with pytest.raises(errors.ServerError) as raised:
        zq.create_pool("twin", uri=_uri(pooling_server, 1), weight=1, max_retries=0)
    assert raised.value.status_code == 500
    assert "does not exist" in str(raised.value.message)


def test_pool_options_round_trip(zq: Zaqar, pooling_server: LocalZaqar) -> None:
    name = f"opt-{uuid.uuid4().hex[:6]}"
    zq.create_pool(name, uri=_uri(pooling_server, 4), weight=5, options=PoolCreateOptions.from_dict({"a": 1}))
    try:
        options = zq.get_pool(name, detailed=True).options
        assert options is not None
        assert options.to_dict() == {"a": 1}
    finally:
        zq.delete_pool(name)


def test_topics_are_not_served_by_the_backends_here(pooling_server: LocalZaqar) -> None:
    """Why the spec leaves topics out: neither redis nor a pooling server on it has a topic controller."""
    headers = {"Client-ID": str(uuid.uuid4()), "X-Project-ID": "topics", "X-Roles": "admin"}
    answer = httpx.get(f"{pooling_server.endpoint}/v2/topics", headers=headers, timeout=10)
    assert answer.status_code == 503


def test_pool_errata_replace_on_put_and_delete_while_in_a_flavor(
    zq: Zaqar, pools: list[str], pooling_server: LocalZaqar
) -> None:
    # Putting an existing pool again replaces it (201), where the server's code has a 409 it never reaches.
    zq.create_pool(pools[0], uri=_uri(pooling_server, 1), weight=77)
    assert zq.get_pool(pools[0]).weight == 77
    # A pool a flavor uses is deleted all the same (204), where the server's code has a 403 it never reaches.
    flavor = f"inuse-{uuid.uuid4().hex[:6]}"
    zq.create_flavor(flavor, pool_list=[pools[0]])
    try:
        zq.delete_pool(pools[0])
        with pytest.raises(errors.NotFoundError):
            zq.get_pool(pools[0])
    finally:
        zq.delete_flavor(flavor)


def _with_password(uri: str, password: str) -> str:
    """``redis:///path.sock?dbid=N`` with credentials (Redis 7's default user has no password: any one is taken)."""
    scheme, rest = uri.split("://", 1)
    return f"{scheme}://default:{password}@{rest}"


def test_a_pool_uri_is_a_secret_in_reprs_errors_and_logs_but_not_in_to_dict(
    zq: Zaqar, pooling_server: LocalZaqar, caplog: pytest.LogCaptureFixture
) -> None:
    password = f"pw-{uuid.uuid4().hex}"
    uri = _with_password(_uri(pooling_server, 6), password)
    name = f"secret-{uuid.uuid4().hex[:6]}"
    caplog.set_level(logging.DEBUG, logger="mqclients")
    created = zq.create_pool(name, uri=uri, weight=5)
    try:
        pool = zq.get_pool(name)
        assert pool.uri == uri
        assert pool.to_dict()["uri"] == uri
        listed = [p for p in zq.list_pools() if p.name == name]
        shown = [repr(created), repr(pool), repr(listed), repr(zq.update_pool(name, weight=6))]
        shown.append(str(redacted_dict(pool)))
        # The server echoes a URI it cannot connect to in its 400 text: the error carries it masked.
        unreachable = f"redis://default:{password}@127.0.0.1:1"
        with pytest.raises(errors.BadRequestError) as raised:
            zq.create_pool(f"{name}-x", uri=unreachable, weight=1)
        assert "cannot connect to" in raised.value.message
        shown += [str(raised.value), repr(raised.value), raised.value.message, str(raised.value.body)]
        with pytest.raises(errors.ValidationError) as invalid:  # too long: refused before any I/O
            zq.create_pool(f"{name}-y", uri=uri + "x" * 255, weight=1)
        shown.append(str(invalid.value))
    finally:
        zq.delete_pool(name)
    shown += [record.getMessage() for record in caplog.records]
    assert caplog.records  # DEBUG lines were written, and none of them holds the password
    assert [text for text in shown if password in text] == []
    assert "[REDACTED]" in repr(pool)
    assert "[REDACTED]" in raised.value.message
