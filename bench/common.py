"""Measuring helpers shared by the benchmarks: interleaved timing and import time in fresh interpreters."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence


def interleaved(
    candidates: dict[str, Callable[[], object]],
    rounds: int,
    warmup: int = 20,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, float]:
    """Median seconds per call of each candidate, calling them in turn so drift affects all alike.

    ``clock``: wall time by default; ``time.process_time`` counts the CPU the process spends (a loopback server in
    it included), which other processes on a shared machine do not inflate."""
    for fn in candidates.values():
        for _ in range(warmup):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, fn in candidates.items():
            started = clock()
            fn()
            samples[name].append(clock() - started)
    return {name: statistics.median(values) for name, values in samples.items()}


def import_seconds(module: str, repeats: int = 7) -> float:
    """Median wall time of ``import module`` in a fresh interpreter (after a warm-up run for the file cache)."""
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    # The warm-up may write bytecode caches, as an installed package has them (pip compiles at install time);
    # with PYTHONDONTWRITEBYTECODE set, our editable source would be compiled afresh on every import instead.
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, env=warm_env)
    times = []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        times.append(float(out.strip()))
    return statistics.median(times)


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table with a title line."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return "\n".join([title, line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])
