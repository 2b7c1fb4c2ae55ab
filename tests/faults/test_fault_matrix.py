"""The fault-injection matrix: every scenario x five clients x (read, write) x (sync, async) against one loopback
fault server. The cells run in parallel worker processes once per session; each test below checks one cell's
record, so a failure names its scenario, call and mode. ``python -m tests.faults.matrix`` prints the totals."""

from __future__ import annotations

from typing import Any

import pytest

from tests.faults.matrix import Cell, all_cells, check, run_matrix, totals, unsafe_replay

pytestmark = [pytest.mark.faults, pytest.mark.integration, pytest.mark.slow]

CELLS = all_cells()


@pytest.fixture(scope="module")
def results(request: pytest.FixtureRequest) -> dict[str, dict[str, Any]]:
    """Run the cells this session selected (all of them unless ``-k`` narrows it), in parallel, once."""
    selected: set[str] = set()
    for item in request.session.items:
        cell = getattr(getattr(item, "callspec", None), "params", {}).get("cell")
        if isinstance(cell, Cell):
            selected.add(cell.id)
    wanted = [cell for cell in CELLS if cell.id in selected] or CELLS
    return run_matrix(wanted)


def _param(cell: Cell) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=cell.expect.xfail)] if cell.expect.xfail else []
    return pytest.param(cell, id=cell.id, marks=marks)


@pytest.mark.parametrize("cell", [_param(cell) for cell in CELLS])
def test_cell(cell: Cell, results: dict[str, dict[str, Any]]) -> None:
    record = results[cell.id]
    assert check(cell, record) == [], record


def test_matrix_totals(results: dict[str, dict[str, Any]]) -> None:
    ran = [cell for cell in CELLS if cell.id in results]
    summary = totals(ran, results)
    assert summary["hangs"] == 0
    assert summary["unsafe_replays"] == 0
    assert summary["secret_leaks"] == 0
    raw = [cell.id for cell in ran if results[cell.id].get("outcome") != "success" and not results[cell.id]["typed"]]
    assert raw == []


def test_the_matrix_covers_every_client_both_ways() -> None:
    calls = {(cell.call.api, cell.call.write, cell.mode) for cell in CELLS}
    assert len(calls) == 5 * 2 * 2
    scenarios = {cell.scenario for cell in CELLS}
    assert len(scenarios) >= 25


def test_a_replayed_write_counts_as_unsafe() -> None:
    """The replay detector itself can fail: a write seen twice outside the rate-limit scenarios is flagged."""
    write = next(cell for cell in CELLS if cell.call.write and cell.scenario == "http_500")
    assert unsafe_replay(write, {"attempts": 2})
    assert not unsafe_replay(write, {"attempts": 1})
