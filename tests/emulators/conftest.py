"""Fixtures that run the Zaqar operation tests of tests/integration against the Zaqar emulator: ``make_client`` and
``zq`` here have the same contract as there (each test sync and async, a project per client)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

import pytest

from mqclients.emulators.pytest_plugin import RunningEmulator
from mqclients.zaqar import Zaqar
from tests.support.zaqar_clients import zaqar_clients


@pytest.fixture(params=["sync", "async"])
def make_client(request: pytest.FixtureRequest, zaqar_emulator: RunningEmulator) -> Iterator[Any]:
    with zaqar_clients(zaqar_emulator.url, request.param) as make:
        yield make


@pytest.fixture
def zq(make_client: Any) -> Zaqar:
    return cast(Zaqar, make_client())
