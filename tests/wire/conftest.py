"""Loopback servers that check requests against our specs (and signatures against the official signers)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from mqclients.dms import DMS, AsyncDMS
from servers.spec_mock import SpecServer, serve
from tests.support.async_driver import sync_or_async
from tests.support.dms_fake import DMSFake
from tests.support.huawei_verifier import huawei_verifier

ROOT = Path(__file__).resolve().parents[2]
AK = "HPUAWIRETESTAK000001"
SK = "wire-test-secret-key-0123456789abcdefghij"
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@pytest.fixture
def dms_server() -> Iterator[tuple[SpecServer, DMSFake, str]]:
    server = SpecServer(ROOT / "specs" / "huawei-dms-v1.yaml", verify=huawei_verifier(AK, SK, project_id=PROJECT))
    fake = DMSFake(server)
    with serve(server) as url:
        yield server, fake, url
    assert server.problems == [], server.problems  # every request matched the spec and the official signature


@pytest.fixture(params=["sync", "async"])
def dms(request: pytest.FixtureRequest, dms_server: tuple[SpecServer, DMSFake, str]) -> Iterator[DMS]:
    """A DMS client on the checking server: the real ``DMS``, or ``AsyncDMS`` behind a sync driver."""
    _, _, url = dms_server
    options: dict[str, Any] = {"endpoint": url, "project_id": PROJECT, "ak": AK, "sk": SK, "max_retries": 0}
    with sync_or_async(request.param, lambda: DMS(**options), lambda: AsyncDMS(**options)) as client:
        yield cast(DMS, client)
