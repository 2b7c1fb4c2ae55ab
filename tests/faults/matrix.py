"""The fault matrix: scenarios x calls x (sync, async), what each cell must show, and the code that runs a cell.

A cell scripts the fault server, builds a client with canary credentials, makes one call under a watchdog and
records what happened: the outcome (a value or an exception class), the elapsed time, the server-side attempt count,
and every place a canary secret showed up (error text with its whole cause chain, the client's repr, DEBUG logs of
``mqclients``, ``httpx`` and ``httpcore``). ``python -m tests.faults.matrix`` runs it all and prints the totals.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import http.client
import json
import logging
import os
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from tests.faults.calls import CALLS, CANARIES, MAX_RETRIES, TIMEOUT, Call, invoke, make_client

MARGIN = 1.0  # seconds a call may end after its deadline (scheduling on a loaded 2-core machine)
WATCHDOG = TIMEOUT + 8.0  # a cell still running after this is a hang
LARGE_CAP = 1024 * 1024  # the size cap of the "very large body" cells
LARGE_BODY = 5 * 1024 * 1024
LOGGERS = ("mqclients", "httpx", "httpcore")
# Errors that always come from another exception (an httpx or decoder error): it must be their __cause__.
CHAINED = ("ConnectionError", "ResponseDecodeError")


@dataclass(frozen=True)
class Expect:
    """A cell's documented outcome: ``success`` or the name of an ``mqclients.errors`` class, and the number of
    operation attempts the server must have seen."""

    outcome: str
    attempts: int
    xfail: str | None = None
    # The call's whole budget. A Retry-After of 1 s leaves the default 2 s budget ~1 s for everything else
    # (queueManager's two login requests too), which a loaded machine can spend: those cells get 4 s.
    timeout: float = TIMEOUT


# How a write passes its request: keyword fields (KW), body= a plain mapping, or body= a value of the wrong type.
KW = "keywords"


@dataclass(frozen=True)
class Cell:
    scenario: str
    call: Call
    mode: str
    script: dict[str, Any]
    expect: Expect
    options: dict[str, Any] = field(default_factory=dict)
    body: str = KW

    @property
    def id(self) -> str:
        return f"{self.scenario}-{self.call.name}-{self.mode}"


def _b64(body: bytes) -> str:
    return base64.b64encode(body).decode("ascii")


def answer(
    status: int, body: Any = None, headers: dict[str, str] | None = None, raw: bytes | None = None
) -> dict[str, Any]:
    content = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    return {"do": "answer", "status": status, "headers": headers or {}, "body64": _b64(content)}


def ok(call: Call) -> dict[str, Any]:
    return answer(*call.success)


HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


def _retries_for(call: Call) -> int:
    """Attempts of a call that is retried until the budget of retries is spent: reads only."""
    return 1 if call.write else 1 + MAX_RETRIES


def scenarios(call: Call) -> Iterator[tuple[str, dict[str, Any], Expect, dict[str, Any], str]]:
    """(name, server script, expectation, client options, body style) for every scenario that applies to ``call``."""
    none: dict[str, Any] = {}
    login = {"login": "ok"} if call.api == "queuemanager" else {}
    retried = _retries_for(call)
    yield "ok", {**login, "steps": [ok(call)]}, Expect("success", 1), none, KW
    yield "connection_refused", {"port": "refused"}, Expect("ConnectionError", 0), none, KW
    yield "connect_timeout", {"port": "blackhole"}, Expect("TimeoutError", 0), none, KW
    yield (
        "accept_then_close",
        {**login, "steps": [{"do": "close_on_accept"}]},
        Expect("ConnectionError", retried),
        none,
        KW,
    )
    yield "reset_after_request", {**login, "steps": [{"do": "reset"}]}, Expect("ConnectionError", retried), none, KW
    cut = {**ok(call), "do": "cut"}
    yield "close_mid_body", {**login, "steps": [cut]}, Expect("ConnectionError", retried), none, KW
    yield "no_answer", {**login, "steps": [{"do": "hang"}]}, Expect("TimeoutError", 1), none, KW
    drip = {**ok(call), "do": "drip", "interval": 0.5}
    yield "slow_drip", {**login, "steps": [drip]}, Expect("TimeoutError", 1), none, KW
    yield "http_500", {**login, "steps": [answer(500, {"error": "boom"})]}, Expect("ServerError", 1), none, KW
    flaky = [answer(502, {"error": "bad gateway"}), answer(503, {"error": "unavailable"}), ok(call)]
    if call.write:
        flaky_expect = Expect("ServerError", 1)
    elif 503 in call.not_transient:
        flaky_expect = Expect("ServerError", 2)  # the 502 is retried, the declared-lasting 503 is not
    else:
        flaky_expect = Expect("success", 3)
    yield (
        "502_503_then_success",
        {**login, "steps": flaky},
        flaky_expect,
        none,
        KW,
    )
    limited = [answer(429, {"error": "slow down"}, {"Retry-After": "1"}), ok(call)]
    yield (
        "429_retry_after_1_then_success",
        {**login, "steps": limited},
        Expect("success", 2, timeout=2 * TIMEOUT),
        none,
        KW,
    )
    too_long = [answer(429, {"error": "slow down"}, {"Retry-After": "3600"})]
    yield "429_retry_after_3600", {**login, "steps": too_long}, Expect("RateLimitError", 1), none, KW
    yield (
        "invalid_json",
        {**login, "steps": [answer(call.success[0], raw=b"{'not': json,")]},
        Expect("ResponseDecodeError", 1),
        none,
        KW,
    )
    whole = json.dumps(call.success[1]).encode()
    yield (
        "truncated_json",
        {**login, "steps": [answer(call.success[0], raw=whole[: len(whole) // 2])]},
        Expect("ResponseDecodeError", 1),
        none,
        KW,
    )
    html = answer(502, raw=HTML_PAGE, headers={"content-type": "text/html"})
    yield "html_error_page", {**login, "steps": [html]}, Expect("ServerError", retried), none, KW
    missing = answer(call.success[0], call.missing_fields)
    yield (
        "missing_fields",
        {**login, "steps": [missing]},
        Expect("ResponseDecodeError" if call.requires_fields else "success", 1),
        none,
        KW,
    )
    yield (
        "wrong_shape_array",
        {**login, "steps": [answer(call.success[0], [1, 2, 3])]},
        Expect("ResponseDecodeError", 1),
        none,
        KW,
    )
    wrong = answer(call.success[0], call.wrong_types)
    yield "wrong_types", {**login, "steps": [wrong]}, Expect("ResponseDecodeError", 1), none, KW
    gzip = answer(call.success[0], raw=b"this is not gzip at all", headers={"content-encoding": "gzip"})
    yield "bad_gzip", {**login, "steps": [gzip]}, Expect("ResponseDecodeError", 1), none, KW
    deep = answer(call.success[0], raw=b"[" * 20000 + b"]" * 20000)
    yield "deeply_nested_json", {**login, "steps": [deep]}, Expect("ResponseDecodeError", 1), none, KW
    large = {"do": "stream", "status": call.success[0], "size": LARGE_BODY}
    yield (
        "very_large_body",
        {**login, "steps": [large]},
        Expect("ResponseTooLargeError", 1),
        {"max_response_bytes": LARGE_CAP},
        KW,
    )
    loop = answer(302, headers={"location": "/same/place"})
    yield "redirect_loop", {**login, "steps": [loop]}, Expect("APIError", 1), none, KW
    if call.envelope_error is not None:
        yield (
            "error_in_200_envelope",
            {**login, "steps": [answer(200, call.envelope_error)]},
            Expect("BadRequestError", 1),
            none,
            KW,
        )
    if call.rate_limit_envelope is not None:
        steps = [answer(200, call.rate_limit_envelope), ok(call)]
        yield "rate_limit_code_in_envelope_then_success", {**login, "steps": steps}, Expect("success", 2), none, KW
    if call.takes_model:
        # body= a plain mapping is validated and sent like the keyword fields; a wrong type never reaches the wire
        yield "plain_dict_for_model", {**login, "steps": [ok(call)]}, Expect("success", 1), none, "mapping"
        yield "wrong_type_body", {**login, "steps": [ok(call)]}, Expect("ValidationError", 0), none, "wrong_type"
    if call.api == "queuemanager":
        for scenario, mode, outcome in (
            ("login_bad_public_key", "bad_key", "ResponseDecodeError"),
            ("login_html_challenge", "html_challenge", "ResponseDecodeError"),
            ("login_html_answer", "html_auth", "ResponseDecodeError"),
            ("login_never_answers", "hang_auth", "TimeoutError"),
        ):
            yield scenario, {"login": mode, "steps": [ok(call)]}, Expect(outcome, 0), none, KW


def all_cells() -> list[Cell]:
    cells = []
    for call in CALLS:
        for name, script, expect, options, body in scenarios(call):
            for mode in ("sync", "async"):
                cells.append(Cell(name, call, mode, script, expect, options, body))
    return cells


# --- running one cell (in a worker process) ---


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.lines.append(self.format(record))


@contextlib.contextmanager
def captured_debug_logs() -> Iterator[_Capture]:
    capture = _Capture()
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(capture)
    try:
        yield capture
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(capture)
            logger.setLevel(level)


def control(port: int, method: str, path: str, body: Any = None) -> dict[str, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        payload = None if body is None else json.dumps(body)
        connection.request(method, path, body=payload, headers={"content-type": "application/json"})
        answer = json.loads(connection.getresponse().read())
        assert isinstance(answer, dict)
        return answer
    finally:
        connection.close()


def _call_once(cell: Cell, url: str, record: dict[str, Any], counts: Callable[[], dict[str, Any]]) -> None:
    def finish(client: Any) -> None:
        # What the server saw by the end of the call, before closing the client (queueManager logs out on close).
        record.update(counts())
        record["client_repr"] = repr(client)

    def failed(exc: BaseException) -> None:
        from mqclients.errors import MQClientError

        record["outcome"] = type(exc).__name__
        record["typed"] = isinstance(exc, MQClientError)
        record["error_text"] = "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)
        record["has_cause"] = exc.__cause__ is not None
        record["status_code"] = getattr(exc, "status_code", None)

    if cell.mode == "sync":
        client = make_client(cell.call.api, url, "sync", cell.expect.timeout)
        if cell.options:
            client = client.with_options(**cell.options)
        started = time.monotonic()
        try:
            invoke(cell.call, client, body=cell.body)
            record["outcome"] = "success"
        except BaseException as exc:
            failed(exc)
        record["elapsed"] = time.monotonic() - started
        finish(client)
        client.close()
        return

    async def run() -> None:
        client = make_client(cell.call.api, url, "async", cell.expect.timeout)
        if cell.options:
            client = client.with_options(**cell.options)
        started = time.monotonic()
        try:
            await invoke(cell.call, client, body=cell.body)
            record["outcome"] = "success"
        except BaseException as exc:
            failed(exc)
        record["elapsed"] = time.monotonic() - started
        finish(client)
        await client.aclose()

    asyncio.run(run())


def run_cell(cell: Cell, control_port: int) -> dict[str, Any]:
    """Run one cell under a watchdog; the record of what happened (see ``check``)."""
    opened = control(control_port, "POST", "/cells", cell.script)
    url = f"http://127.0.0.1:{opened['port']}"
    record: dict[str, Any] = {"id": cell.id, "outcome": None, "typed": False, "hang": False, "elapsed": None}
    with captured_debug_logs() as logs:

        def counts() -> dict[str, Any]:
            return control(control_port, "GET", f"/cells/{opened['cell']}")

        worker = threading.Thread(target=_call_once, args=(cell, url, record, counts), daemon=True)
        started = time.monotonic()
        worker.start()
        worker.join(WATCHDOG)
        if worker.is_alive():
            record["hang"] = True
            record["elapsed"] = time.monotonic() - started
    final = control(control_port, "DELETE", f"/cells/{opened['cell']}")
    if "attempts" not in record:  # the call never finished: what the server saw until now
        record.update(final)
    texts = {
        "error": record.get("error_text", ""),
        "client_repr": record.get("client_repr", ""),
        "logs": "\n".join(logs.lines),
    }
    record["leaks"] = [
        f"{where}:{canary[:6]}..." for where, text in texts.items() for canary in CANARIES if canary in text
    ]
    record["log_lines"] = len(logs.lines)
    record.pop("error_text", None)
    return record


def check(cell: Cell, record: dict[str, Any]) -> list[str]:
    """What is wrong with a cell's record; empty when the cell passes."""
    problems = []
    expect = cell.expect
    if record["hang"]:
        return [f"hang: still running after {WATCHDOG:.0f} s"]
    if record["elapsed"] is None or record["elapsed"] > expect.timeout + MARGIN:
        problems.append(f"elapsed {record['elapsed']} s > deadline {expect.timeout} + {MARGIN}")
    if record["outcome"] != expect.outcome:
        problems.append(f"outcome {record['outcome']} (typed={record['typed']}), expected {expect.outcome}")
    if record["outcome"] != "success" and not record["typed"]:
        problems.append(f"raw exception {record['outcome']} escaped")
    if record["outcome"] in CHAINED and not record.get("has_cause"):
        problems.append(f"{record['outcome']} without the original exception as __cause__")
    if record["attempts"] != expect.attempts:
        problems.append(f"server saw {record['attempts']} attempts, expected {expect.attempts}")
    if record["leaks"]:
        problems.append(f"secret leaks: {record['leaks']}")
    return problems


def unsafe_replay(cell: Cell, record: dict[str, Any]) -> bool:
    """A write the server saw more than once although a previous attempt's body may have been processed."""
    if not cell.call.write or record["attempts"] <= 1:
        return False
    # Replays that are safe by rule: a 429 with Retry-After, or the vendor's rate-limit code.
    return not cell.scenario.startswith(("429_retry_after_1", "rate_limit_code"))


# --- the whole matrix ---


@contextlib.contextmanager
def fault_server() -> Iterator[int]:
    """Start the fault server in its own process; yield its control port; stop it by its PID."""
    process = subprocess.Popen(  # our own module, no shell
        [sys.executable, "-m", "tests.faults.fault_server"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("CONTROL "):
            raise RuntimeError(f"the fault server did not start: {line!r}")
        yield int(line.split()[1])
    finally:
        if process.stdin is not None:
            process.stdin.close()  # the server also stops by itself when its stdin closes
        process.terminate()  # SIGTERM to its own PID
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, 9)
            process.wait(timeout=5)


def _slowest_first(cell: Cell) -> int:
    slow = ("connect_timeout", "no_answer", "slow_drip", "login_never_answers", "429_retry_after_1")
    return 0 if cell.scenario.startswith(slow) else 1


def run_matrix(cells: list[Cell], workers: int = 8) -> dict[str, dict[str, Any]]:
    """Every cell's record, by cell id; the cells run in ``workers`` processes against one fault server."""
    import multiprocessing

    ordered = sorted(cells, key=_slowest_first)
    with fault_server() as port:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {cell.id: pool.submit(run_cell, cell, port) for cell in ordered}
            results = {}
            for cell_id, future in futures.items():
                try:
                    results[cell_id] = future.result(timeout=600)
                except Exception as exc:
                    results[cell_id] = {"id": cell_id, "hang": True, "outcome": f"runner failed: {exc!r}"}
            if any(record.get("hang") for record in results.values()):
                # A hung cell's thread may still hold its worker: stop our workers by their PIDs, do not wait.
                for pid in list(getattr(pool, "_processes", {})):
                    with contextlib.suppress(OSError):
                        os.kill(pid, 9)
    return results


def totals(cells: list[Cell], results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {"cells": len(cells), "passes": 0, "expected_failures": 0, "hangs": 0}
    summary.update({"raw_exceptions": 0, "unsafe_replays": 0, "secret_leaks": 0, "failures": []})
    for cell in cells:
        record = results[cell.id]
        problems = [] if record.get("hang") else check(cell, record)
        summary["hangs"] += bool(record.get("hang"))
        summary["raw_exceptions"] += record.get("outcome") not in (None, "success") and not record.get("typed")
        summary["unsafe_replays"] += (not record.get("hang")) and unsafe_replay(cell, record)
        summary["secret_leaks"] += bool(record.get("leaks"))
        if cell.expect.xfail and problems:
            summary["expected_failures"] += 1
        elif not problems and not record.get("hang"):
            summary["passes"] += 1
        else:
            summary["failures"].append((cell.id, problems or ["hang"]))
    return summary


def slow_drip_elapsed(results: dict[str, dict[str, Any]]) -> dict[str, float]:
    return {
        cell_id.removeprefix("slow_drip-"): round(record["elapsed"], 2)
        for cell_id, record in sorted(results.items())
        if cell_id.startswith("slow_drip-") and record.get("elapsed") is not None
    }


def main() -> None:
    cells = all_cells()
    started = time.monotonic()
    results = run_matrix(cells)
    summary = totals(cells, results)
    summary["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps({**summary, "slow_drip_elapsed": slow_drip_elapsed(results)}, indent=2))


if __name__ == "__main__":
    main()
