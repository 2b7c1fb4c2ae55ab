"""Markers by folder, so ``make test-fast`` can leave out whatever starts a process or runs for seconds.

A test's folder says what it needs; the marker follows from it (a test may still add markers of its own):

- ``tests/integration/``: ``integration`` (a real Zaqar + redis started for the session);
- ``tests/servers/``, ``tests/wire/``, ``tests/emulators/``, ``tests/cli/``: ``server`` (loopback servers, processes);
- ``tests/property/`` and ``tests/faults/``: ``slow`` (long property runs, fault injection with real waits).

``make test`` runs everything; ``make test-fast`` runs ``-m "not integration and not server and not slow"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

_HERE = Path(__file__).resolve().parent
_MARKERS_BY_FOLDER = {
    "integration": "integration",
    "servers": "server",
    "wire": "server",
    "emulators": "server",
    "cli": "server",
    "property": "slow",
    "faults": "slow",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        try:
            folder = Path(str(item.path)).resolve().relative_to(_HERE).parts[0]
        except ValueError:
            continue
        marker = _MARKERS_BY_FOLDER.get(folder)
        if marker is not None:
            item.add_marker(marker)


# The queueManager server's two stores, for tests/servers and tests/integration (see tests/support/stores.py).
from tests.support.stores import postgres, store_for, store_kind  # noqa: E402

__all__ = ["postgres", "pytest_collection_modifyitems", "store_for", "store_kind"]
