"""Running pytest for mutation testing: collect once, measure per-test coverage once, then fork per mutant.

Per group of modules, a forked *server* process runs ``pytest.main`` on the group's tests; a plugin takes over the
run loop after collection (every test module, so every project module they import, is loaded once), and forks:

1. one child that runs every test once under coverage, one coverage context per test (its node id);
2. one child per mutant, ``workers`` at a time: it swaps the mutated function's code object into the live function
   objects (found by file, qualified name and first line: every reference to the function, whatever module imported
   it, sees the mutant), or, for a module not imported yet, installs an import hook that serves the mutated source;
   then runs only the tests that executed the mutated line, stopping at the first failure.

A mutant outside any function (a module constant, a default argument, a decorator's or ``field()``'s argument, a
class attribute) was evaluated at import time, so swapping code cannot reach it: it runs the slow way, in a fresh
``pytest.main`` started from the clean parent (which never imports a project module) with the import hook serving
the mutated module by name, against every test that ran the module. (Patching such values into the loaded module
was tried and dropped: it cannot redo what a decorator or ``field()`` built from them, and left false survivors.)

Every child runs in its own process group; one past its timeout is killed by that group id.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import signal
import sys
import time
import traceback
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pytest

# pytest exit codes: 0 all passed, 1 some failed, 2 interrupted (a collection error: the mutant broke an import),
# 3 internal error, 4 usage error, 5 no tests collected.
_PASSED, _USAGE_ERROR, _NO_TESTS = 0, 4, 5
_NOT_APPLIED = 86  # a child could not find the function to swap: the mutant is run the slow way instead
_IMPORT_FAILS = 1  # counted as killed, like failing tests
_QUIET = ["-q", "-p", "no:cacheprovider", "--no-header", "-o", "console_output_style=classic"]


@dataclass
class CoverageMap:
    """Which tests executed which line of each measured file; tests that failed before any mutation."""

    lines: dict[str, dict[int, list[str]]] = field(default_factory=dict)  # path -> line -> test node ids
    durations: dict[str, float] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)

    def tests_for(self, path: str, first: int, last: int, *, whole_module: bool) -> list[str]:
        """Tests that ran a line in ``first..last``, fastest first; with ``whole_module`` (code run at import
        time: module constants, defaults, decorator arguments), every test of the group: coverage cannot tell which
        tests use such a value (a dataclass's generated ``__init__`` is not even in the module's file)."""
        by_line = self.lines.get(path, {})
        if whole_module:
            tests = set(self.durations)
        else:
            tests = {test for line in range(first, last + 1) for test in by_line.get(line, [])}
        tests.difference_update(self.failed)
        return sorted(tests, key=lambda test: (self.durations.get(test, 0.0), test))


@dataclass(frozen=True)
class Job:
    """One mutant: the module it changes, its mutated source, where its function is, the tests to run."""

    key: int
    module: str
    path: str
    source: str
    first_line: int  # of the mutated text, for the coverage lookup
    last_line: int
    scope: str | None  # qualified name of the function whose code is swapped; None: run the slow way
    scope_line: int
    tests: tuple[str, ...] = ()
    timeout: float = 0.0


@dataclass
class Timeouts:
    base: float
    factor: float

    def of(self, tests: Iterable[str], durations: dict[str, float]) -> float:
        return self.base + self.factor * sum(durations.get(test, 1.0) for test in tests)


def warm_up(modules: Iterable[str]) -> None:
    """Import third-party modules once in the parent, so each child starts with them loaded."""
    for name in modules:
        with contextlib.suppress(Exception):
            importlib.import_module(name)


def _fork(child: Callable[[], int], log: Path | None) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 3
    try:
        os.setpgid(0, 0)
        target = os.open(str(log) if log else os.devnull, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(target, 1)
        os.dup2(target, 2)
        code = child()
    except BaseException:  # the child must never return into the parent's code
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def _run_forked(
    jobs: Sequence[Job],
    workers: int,
    child_of: Callable[[Job], Callable[[], int]],
    on_done: Callable[[Job, int | None], None],
) -> None:
    """Fork ``child_of(job)`` for each job, ``workers`` at a time; ``on_done`` gets the exit code, None on timeout."""
    pending = list(jobs)
    running: dict[int, tuple[Job, float]] = {}
    while pending or running:
        while pending and len(running) < workers:
            job = pending.pop(0)
            running[_fork(child_of(job), None)] = (job, time.monotonic() + job.timeout)
        for pid, (job, deadline) in list(running.items()):
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                del running[pid]
                on_done(job, os.waitstatus_to_exitcode(status))
            elif time.monotonic() > deadline:
                del running[pid]
                _kill_group(pid)
                on_done(job, None)
        time.sleep(0.003)


def outcome(code: int | None) -> str:
    if code is None:
        return "timeout"
    if code == _PASSED:
        return "survived"
    if code in (_USAGE_ERROR, _NO_TESTS):
        return "error"
    return "killed"  # failed tests, a broken import, an internal error or a crash (negative: killed by a signal)


class _MutantFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves ``source`` as the module ``name`` (its file name kept, for tracebacks)."""

    def __init__(self, name: str, path: str, source: str) -> None:
        self.name, self.path, self.source = name, path, source

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self.name:
            return None
        spec = importlib.util.spec_from_loader(fullname, self, origin=self.path)
        if spec is not None:
            spec.has_location = True
        return spec

    def exec_module(self, module: types.ModuleType) -> None:
        module.__file__ = self.path
        exec(compile(self.source, self.path, "exec", dont_inherit=True), module.__dict__)  # noqa: S102


def _code_objects(code: types.CodeType) -> Iterator[types.CodeType]:
    yield code
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            yield from _code_objects(constant)


FunctionIndex = dict[tuple[str, str, int], list[types.FunctionType]]


def _function_index(paths: Iterable[str]) -> FunctionIndex:
    """Every live function object defined in ``paths``, by (file, qualified name, first line): one heap scan in the
    server, inherited by each forked child, instead of one scan per mutant."""
    wanted = {os.path.realpath(path) for path in paths}
    index: FunctionIndex = {}
    for candidate in gc.get_objects():
        if isinstance(candidate, types.FunctionType):
            code = candidate.__code__
            real = os.path.realpath(code.co_filename)
            if real in wanted:
                index.setdefault((real, code.co_qualname, code.co_firstlineno), []).append(candidate)
    return index


def _swap_code(job: Job, index: FunctionIndex) -> bool:
    """Give every live function object of the mutated function the mutated code; False if none is found."""
    assert job.scope is not None
    original = compile(Path(job.path).read_text(), job.path, "exec", dont_inherit=True)
    mutated = compile(job.source, job.path, "exec", dont_inherit=True)
    same_name = [code for code in _code_objects(original) if code.co_qualname == job.scope]
    position = next((i for i, code in enumerate(same_name) if code.co_firstlineno == job.scope_line), None)
    replacements = [code for code in _code_objects(mutated) if code.co_qualname == job.scope]
    if position is None or len(replacements) != len(same_name):
        return False
    new_code = replacements[position]
    swapped = 0
    for candidate in index.get((os.path.realpath(job.path), job.scope, job.scope_line), []):
        if candidate.__code__.co_freevars == new_code.co_freevars:
            candidate.__code__ = new_code
            swapped += 1
    return swapped > 0


def _run_items(items: Sequence[Any]) -> int:
    """Run pytest items in this process like a session would; 1 at the first failure, else 0."""
    from _pytest.runner import runtestprotocol

    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        reports = runtestprotocol(item, nextitem=following, log=False)
        if any(report.failed for report in reports):
            return 1
    return 0


class _Server:
    """A pytest plugin that replaces the run loop of the collected session by the mutation work."""

    def __init__(self, jobs: list[Job], paths: list[str], workers: int, timeouts: Timeouts, out: Path) -> None:
        self.jobs, self.paths, self.workers, self.timeouts, self.out = jobs, paths, workers, timeouts, out

    def pytest_runtestloop(self, session: Any) -> bool:
        items = {item.nodeid: item for item in session.items}
        began = time.monotonic()
        coverage_file = self.out.with_suffix(".coverage.json")
        pid = _fork(lambda: self._measure(list(items.values()), coverage_file), None)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError("the coverage run failed")
        print(f"mutation: {len(items)} tests collected and run under coverage in {time.monotonic() - began:.0f} s")
        began = time.monotonic()
        coverage = CoverageMap(**json.loads(coverage_file.read_text()))
        coverage.lines = {path: {int(n): t for n, t in by_line.items()} for path, by_line in coverage.lines.items()}
        results: dict[int, dict[str, Any]] = {}
        fast: list[Job] = []
        for job in self.jobs:
            whole = job.scope is None
            tests = tuple(coverage.tests_for(job.path, job.first_line, job.last_line, whole_module=whole))
            planned = Job(**{**asdict(job), "tests": tests, "timeout": self.timeouts.of(tests, coverage.durations)})
            if not tests:
                results[job.key] = {"status": "uncovered"}
            elif whole:
                results[job.key] = {"status": "slow", "tests": tests, "timeout": planned.timeout}
            else:
                fast.append(planned)

        def finished(job: Job, code: int | None) -> None:
            if len(results) % 100 == 0:
                print(f"mutation: {len(results)}/{len(self.jobs)} ({time.monotonic() - began:.0f} s)", flush=True)
            if code == _NOT_APPLIED:
                results[job.key] = {"status": "slow", "tests": job.tests, "timeout": job.timeout}
            else:
                results[job.key] = {"status": outcome(code)}

        index = _function_index(self.paths)

        def child_of(job: Job) -> Callable[[], int]:
            def child() -> int:
                if job.module in sys.modules:
                    if not _swap_code(job, index):
                        return _NOT_APPLIED
                else:
                    sys.meta_path.insert(0, _MutantFinder(job.module, job.path, job.source))
                return _run_items([items[test] for test in job.tests])

            return child

        _run_forked(fast, self.workers, child_of, finished)
        print(f"mutation: {len(fast)} mutants run in place in {time.monotonic() - began:.0f} s")
        self.out.write_text(json.dumps({"results": results, "failed": coverage.failed}))
        return True

    def _measure(self, items: list[Any], out: Path) -> int:
        import coverage
        from _pytest.runner import runtestprotocol

        cov = coverage.Coverage(data_file=None, include=self.paths, config_file=False)
        durations: dict[str, float] = {}
        failed: list[str] = []
        cov.start()
        for index, item in enumerate(items):
            cov.switch_context(item.nodeid)
            started = time.perf_counter()
            reports = runtestprotocol(item, nextitem=items[index + 1] if index + 1 < len(items) else None, log=False)
            durations[item.nodeid] = time.perf_counter() - started
            if any(report.failed for report in reports):
                failed.append(item.nodeid)
        cov.stop()
        data = cov.get_data()
        lines = {
            os.path.realpath(measured): {n: sorted(c) for n, c in data.contexts_by_lineno(measured).items()}
            for measured in data.measured_files()
        }
        out.write_text(json.dumps({"lines": lines, "durations": durations, "failed": failed}))
        return 0


def _enter(root: Path, source_roots: Sequence[Path]) -> None:
    """In a child: work from the repository, with the source folders importable (an editable install has them)."""
    os.chdir(root)
    sys.path.extend(str(folder) for folder in source_roots if str(folder) not in sys.path)


def run_group(
    root: Path,
    source_roots: Sequence[Path],
    tests: Sequence[str],
    options: Sequence[str],
    jobs: list[Job],
    paths: list[str],
    workers: int,
    timeouts: Timeouts,
    folder: Path,
    name: str,
) -> tuple[dict[int, str], list[str]]:
    """Run every mutant of one group; their outcome by job key, and the tests that fail without any mutant."""
    out, log = folder / f"{name}.json", folder / f"{name}.log"
    log.unlink(missing_ok=True)
    out.unlink(missing_ok=True)
    server = _Server(jobs, paths, workers, timeouts, out)

    def serve() -> int:
        _enter(root, source_roots)
        return int(pytest.main([*tests, *options, *_QUIET], plugins=[server]))

    pid = _fork(serve, log)
    _, status = os.waitpid(pid, 0)
    if not out.exists():
        raise RuntimeError(
            f"the mutation server of {name} failed (exit {os.waitstatus_to_exitcode(status)}): see {log}"
        )
    raw = json.loads(out.read_text())
    statuses: dict[int, str] = {}
    slow: list[Job] = []
    by_key = {job.key: job for job in jobs}
    for key, result in raw["results"].items():
        job = by_key[int(key)]
        if result["status"] == "slow":
            slow.append(Job(**{**asdict(job), "tests": tuple(result["tests"]), "timeout": result["timeout"]}))
        else:
            statuses[job.key] = result["status"]

    def finished(job: Job, code: int | None) -> None:
        statuses[job.key] = outcome(code)

    def child_of(job: Job) -> Callable[[], int]:
        def child() -> int:
            _enter(root, source_roots)
            sys.meta_path.insert(0, _MutantFinder(job.module, job.path, job.source))
            sys.dont_write_bytecode = True
            try:
                importlib.import_module(job.module)
            except Exception:
                traceback.print_exc()
                return _IMPORT_FAILS  # the mutant breaks the module's import: every test of it fails
            return int(pytest.main([*job.tests, *options, "-x", *_QUIET]))

        return child

    _run_forked(slow, workers, child_of, finished)
    return statuses, list(raw["failed"])
