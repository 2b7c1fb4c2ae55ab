"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the request loop's back-off sleeps, sync and async, instead of sleeping."""
    recorded: list[float] = []
    monkeypatch.setattr("mqclients._core.transport.time.sleep", recorded.append)

    async def fake_async_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr("mqclients._core.transport._async_sleep", fake_async_sleep)
    return recorded
