"""The clients' own cost, every budget from one run: per call against raw httpx sending the same request to the same
loopback server (DMS get_queue signed, Zaqar get_queue, CMQ send_message, queueManager size; budget 1.10x, aim
1.05x), and ``import mqclients.<api>`` against ``import httpx`` (budget 1.3x).

Per call: one canned HTTP/1.1 server on 127.0.0.1, in a process of its own, answers every client (it answers in one
write); the raw httpx call sends the same request (same signer, same fields, the JSON decoded) and the candidates run
interleaved, so drift hits both alike. Two figures, both of the client's process alone:
- CPU time per call (median of the interleaved calls): what a call costs in time on an idle machine;
- instructions per call (callgrind, the setup's heap frozen before counting: see ``probe_calls``): deterministic,
  blind to a shared machine's noise, but blind to caches and branch prediction too. Our added code runs at a lower
  rate of instructions per cycle than httpx's, so this ratio reads lower than the CPU-time ratio: on an idle
  machine the CPU time is the figure the budget is judged by.
mqclients sends each request to the ``httpx`` client's connection pool itself (``_core.wire``), without the
per-request machinery of ``httpx.Client`` (cookie jar, auth and redirect loops), which costs more than the whole of
mqclients' own code; so a third candidate, the same request sent to a pool by hand (``pool_calls``), shows what
mqclients' own code adds to the bare exchange ("over pool").

Imports, measured two ways on this shared, noisy machine:
- wall time of the import in a fresh interpreter (``time.perf_counter`` around it), the candidates interleaved
  run by run, many runs; the median and the minimum are printed;
- when ``valgrind`` is on the PATH, the instructions the import executes (``valgrind --tool=callgrind``, one run
  each, hash seed fixed; an interpreter that imports nothing is subtracted): deterministic, blind to the noise.
Both are taken with httpx's optional command line blocked (``click``, ``rich`` and ``pygments`` refused): httpx
imports it when they are installed, as they are in this dev environment but not beside a user's mqclients, and its
~100 ms would flatter every ratio. ``--with-httpx-cli`` measures the environment as it is.

    make bench        (or: python -m bench.overhead [--rounds N] [--import-runs N] [--no-callgrind] [--strict])
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

from bench.common import interleaved, table
from bench.loopback import canned_server
from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials
from mqclients._signing.tencent_cmq import CMQAuth, CMQCredentials
from mqclients.cmq import CMQ
from mqclients.dms import DMS
from mqclients.queuemanager import QueueManager
from mqclients.zaqar import Zaqar

AK, SK = "HPUABENCHMARKAK00001", "benchmark-secret-key-0123456789abcdefghij"
PROJECT = "0123456789abcdef0123456789abcdef"
SECRET_ID, SECRET_KEY = "AKIDbenchmark00000000000000000000", "benchmark-secret-key-0123456789ab"
QM_TOKEN = "bench-session-token"
QM_PASSWORD = "bench-password"

QUEUE = {"id": "q-1", "name": "orders", "created": 1495701557000, "queue_mode": "NORMAL", "group_count": 1}
ZAQAR_QUEUE = {"_default_message_ttl": 3600, "_max_messages_post_size": 262144, "_default_message_delay": 0}
CMQ_SENT = {"code": 0, "message": "", "requestId": "r-1", "msgId": "m-1"}
# One answer serves qm.auth (code, token, expires_in) and qm.size (code, size): extra fields are accepted.
QM_RESULT = {"jsonrpc": "2.0", "id": 1, "result": {"code": 0, "token": QM_TOKEN, "expires_in": 300, "size": 3}}

# The request each raw candidate sends, the same on the wire as the client's: the DMS client sends the spec's
# default include_deadletter, the CMQ client the fields given plus Action (the signer adds the rest to both).
DMS_QUERY = {"include_deadletter": "false"}
ZAQAR_HEADERS = {"Client-ID": "3381af92-2b9e-11e3-b191-71861300734c", "X-Project-ID": "bench"}
CMQ_FORM = {"Action": "SendMessage", "queueName": "orders", "msgBody": "hello"}
QM_BODY = {"jsonrpc": "2.0", "id": 1, "method": "qm.size", "params": {"queue_name": "jobs", "token": QM_TOKEN}}

BUDGET_CALL, AIM_CALL, BUDGET_IMPORT = 1.10, 1.05, 1.3
CALL_NAMES = ("DMS get_queue (signed)", "Zaqar get_queue", "CMQ send_message", "queueManager size")
CLIENT_MODULES = ("mqclients.dms", "mqclients.zaqar", "mqclients.cmq", "mqclients.queuemanager", "mqclients.rocketmq")
HTTPX_CLI = ("click", "rich", "pygments")


def _public_key_pem() -> str:
    """The canned server's login key; the same in every probe run under callgrind (a fresh key costs a varying
    number of instructions)."""
    fixed = os.environ.get("MQCLIENTS_BENCH_KEY")
    return fixed if fixed else _fixed_key()


_KEY: list[str] = []


def _fixed_key() -> str:
    if not _KEY:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
        pem = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        _KEY.append(pem)
    return _KEY[0]


@contextmanager
def loopback() -> Iterator[str]:
    challenge = {"public_key": _public_key_pem(), "challenge": "bench-challenge"}

    def answer(method: str, path: str) -> tuple[int, object]:
        if path.startswith("/v1.0/"):
            return 200, QUEUE
        if path.startswith("/v2/queues/"):
            return 200, ZAQAR_QUEUE
        if path == "/v2/index.php":
            return 200, CMQ_SENT
        if path == "/login-challenge":
            return 200, challenge
        return 200, QM_RESULT

    # in this process: ``loopback_process`` runs this in a process of its own already (exec'd, not forked, so that
    # callgrind, which follows a fork, counts the client alone)
    with canned_server(answer, own_process=False) as url:
        yield url


@contextmanager
def loopback_process() -> Iterator[str]:
    """``loopback`` in a process of its own (``--serve``), stopped when the block ends.

    For the instruction counts: callgrind then counts the client's process alone (valgrind does not follow the
    child), so neither the server's work nor its thread's share of the GIL (hand-overs whose cost varies with
    valgrind's thread scheduling: the raw baseline moved by up to 5 % between runs) enters either count."""
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.overhead", "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env() | {"MQCLIENTS_BENCH_KEY": _public_key_pem()},
    )
    assert server.stdin is not None
    assert server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError(f"the loopback server did not start (it printed {url!r})")
        yield url
    finally:
        server.stdin.close()  # its cue to stop
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def serve() -> None:
    """Run ``loopback`` until standard input closes (``loopback_process``'s child), its URL printed first."""
    with loopback() as url:
        print(url, flush=True)
        sys.stdin.read()


Pair = tuple[Callable[[], object], Callable[[], object]]


def call_pairs(stack: ExitStack, url: str) -> dict[str, Pair]:
    """Each operation as (raw httpx, mqclients) calls against ``url``, the clients opened on ``stack``."""
    signer = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT))
    signed = stack.enter_context(httpx.Client(base_url=url, auth=signer))
    dms = stack.enter_context(DMS(endpoint=url, project_id=PROJECT, ak=AK, sk=SK))
    plain = stack.enter_context(httpx.Client(base_url=url, headers=ZAQAR_HEADERS))
    zaqar = stack.enter_context(Zaqar(url, project_id="bench", client_id=ZAQAR_HEADERS["Client-ID"]))
    cmq_raw = stack.enter_context(httpx.Client(base_url=url, auth=CMQAuth(CMQCredentials(SECRET_ID, SECRET_KEY))))
    cmq = stack.enter_context(CMQ(endpoint=url, secret_id=SECRET_ID, secret_key=SECRET_KEY))
    rpc = stack.enter_context(httpx.Client(base_url=url))
    qm = stack.enter_context(QueueManager(url, username="bench", password=QM_PASSWORD, heartbeat_interval=0))
    stack.callback(setattr, qm.session, "token", None)  # the canned server has no session to end
    qm.size(queue_name="jobs")  # logs in
    return {
        "DMS get_queue (signed)": (
            lambda: signed.get(f"/v1.0/{PROJECT}/queues/q-1", params=DMS_QUERY).json(),
            lambda: dms.get_queue("q-1"),
        ),
        "Zaqar get_queue": (lambda: plain.get("/v2/queues/orders").json(), lambda: zaqar.get_queue("orders")),
        "CMQ send_message": (
            lambda: cmq_raw.post("/v2/index.php", data=CMQ_FORM).json(),
            lambda: cmq.send_message(queue_name="orders", msg_body="hello"),
        ),
        "queueManager size": (
            lambda: rpc.post("/rpc", json=QM_BODY).json()["result"],
            lambda: qm.size(queue_name="jobs"),
        ),
    }


def pool_calls(stack: ExitStack, url: str) -> dict[str, Callable[[], object]]:
    """Each operation's raw request sent to an ``httpx`` connection pool by hand (``httpx.Request``, the signer's
    flow, ``handle_request``, the body read and decoded): the bare exchange under ``httpx.Client``, whose per-request
    machinery (cookie jar, auth and redirect loops) mqclients skips too (``_core.wire``). mqclients against this
    figure is what the library's own code adds to the bare exchange."""
    http = stack.enter_context(httpx.Client(base_url=url))
    pool: Any = http._transport
    defaults = list(http.headers.raw)
    signer = HuaweiAKSKAuth(HuaweiCredentials(AK, SK, project_id=PROJECT))
    cmq_signer = CMQAuth(CMQCredentials(SECRET_ID, SECRET_KEY))
    zaqar_headers = defaults + [(name.encode(), value.encode()) for name, value in ZAQAR_HEADERS.items()]

    def exchange(request: httpx.Request, auth: httpx.Auth | None = None) -> Any:
        if auth is not None:
            request = next(auth.auth_flow(request))
        response = pool.handle_request(request)
        try:
            body = b"".join(response.stream)
        finally:
            response.close()
        return json.loads(body)

    queue_url = f"{url}/v1.0/{PROJECT}/queues/q-1"
    return {
        "DMS get_queue (signed)": lambda: exchange(
            httpx.Request("GET", queue_url, params=DMS_QUERY, headers=defaults), signer
        ),
        "Zaqar get_queue": lambda: exchange(httpx.Request("GET", f"{url}/v2/queues/orders", headers=zaqar_headers)),
        "CMQ send_message": lambda: exchange(
            httpx.Request("POST", f"{url}/v2/index.php", data=CMQ_FORM, headers=defaults), cmq_signer
        ),
        "queueManager size": lambda: exchange(httpx.Request("POST", f"{url}/rpc", json=QM_BODY, headers=defaults))[
            "result"
        ],
    }


def per_call(url: str, rounds: int) -> dict[str, dict[str, float]]:
    """Median seconds per call, client and raw httpx, for each API's operation: wall time, and CPU time of this
    process (user and system; the server at ``url`` runs in a process of its own: what the call itself costs on
    an idle machine, blind to what other processes do to a shared one); and the CPU time of the same request sent
    to a connection pool by hand (``pool_calls``)."""
    results = {}
    with ExitStack() as stack:
        floors = pool_calls(stack, url)
        for name, (raw, client) in call_pairs(stack, url).items():
            candidates = {"raw httpx": raw, "mqclients": client, "pool": floors[name]}
            wall = interleaved(candidates, rounds)
            cpu = interleaved(candidates, rounds, clock=time.process_time)
            results[name] = {"raw httpx": wall["raw httpx"], "mqclients": wall["mqclients"]} | {
                "raw httpx cpu": cpu["raw httpx"],
                "mqclients cpu": cpu["mqclients"],
                "pool cpu": cpu["pool"],
            }
    return results


def probe_calls(operation: str, side: int, count: int) -> None:
    """Set everything up, warm up, then make ``count`` calls of one side (0 raw, 1 client) of ``operation``: run
    under callgrind with 0 and with N calls, the difference is N calls' instructions (the client's side only: the
    server runs in a process of its own)."""
    with loopback_process() as url, ExitStack() as stack:
        pairs = call_pairs(stack, url)
        for raw, client in pairs.values():
            for _ in range(20):
                raw()
                client()
        call = pairs[operation][side]
        # The heap the setup built (modules, clients) moves out of the collector's reach: otherwise whether a
        # full collection, which walks all of it, falls inside the counted calls shifts a count by a few percent
        # as unrelated code changes. Collections of what the calls themselves allocate are still counted.
        gc.collect()
        gc.freeze()
        for _ in range(count):
            call()


def call_instructions(count: int) -> dict[str, tuple[float, float]] | None:
    """Instructions per call (raw httpx, mqclients) of each operation, by callgrind; None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None

    def run(operation: str, side: int, calls: int) -> int:
        with tempfile.TemporaryDirectory(prefix="mqclients-callgrind-") as scratch:
            out = os.path.join(scratch, "callgrind.out")
            probe = [sys.executable, "-m", "bench.overhead", "--probe", operation, str(side), str(calls)]
            subprocess.run(
                [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *probe],
                check=True,
                capture_output=True,
                env=_env() | {"MQCLIENTS_BENCH_KEY": _fixed_key()},
            )
            return _total_instructions(out)

    names = list(CALL_NAMES)
    # One probe outside callgrind first: it writes the bytecode caches of every module the probes import, which
    # would otherwise be compiled inside whichever probe runs first (the baseline: every count would come out low,
    # even negative).
    subprocess.run(
        [sys.executable, "-m", "bench.overhead", "--probe", names[0], "0", "1"],
        check=True,
        capture_output=True,
        env=_env() | {"MQCLIENTS_BENCH_KEY": _fixed_key()},
    )
    base = run(names[0], 0, 0)  # setup and warm-up alone: the same for every probe (fixed key, fixed hash seed)
    return {name: ((run(name, 0, count) - base) / count, (run(name, 1, count) - base) / count) for name in names}


# ------------------------------------------------------------------------------------------------------- imports


def _probe(module: str, block_cli: bool) -> str:
    block = f"import sys; sys.modules.update(dict.fromkeys({HTTPX_CLI!r}))\n" if block_cli else ""
    if module == "":
        return block + "pass"
    return block + f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _env() -> dict[str, str]:
    # Bytecode caches may be written (an installed package has them: pip compiles at install time).
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"PYTHONHASHSEED": "0"}


def import_wall_times(modules: tuple[str, ...], runs: int, block_cli: bool) -> dict[str, list[float]]:
    """Seconds each import takes in fresh interpreters, the modules interleaved run by run (after one warm-up)."""
    env = _env()
    times: dict[str, list[float]] = {m: [] for m in modules}
    for index in range(runs + 1):
        for module in modules:
            out = subprocess.run(
                [sys.executable, "-c", _probe(module, block_cli)], check=True, capture_output=True, text=True, env=env
            ).stdout
            if index:  # run 0 warms the file cache and writes bytecode
                times[module].append(float(out))
    return times


def import_instructions(modules: tuple[str, ...], block_cli: bool) -> dict[str, int] | None:
    """Instructions each import executes (callgrind), an empty interpreter's subtracted; None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="mqclients-callgrind-") as scratch:
        for module in ("", *modules):
            out = os.path.join(scratch, "callgrind.out")
            subprocess.run(
                [
                    valgrind,
                    "--tool=callgrind",
                    f"--callgrind-out-file={out}",
                    sys.executable,
                    "-c",
                    _probe(module, block_cli),
                ],
                check=True,
                capture_output=True,
                env=_env(),
            )
            counts[module] = _total_instructions(out)
    empty = counts.pop("")
    return {module: count - empty for module, count in counts.items()}


def _total_instructions(callgrind_out: str) -> int:
    with open(callgrind_out, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError(f"{callgrind_out}: no totals line")


# ------------------------------------------------------------------------------------------------------- report


def verdict(ratio: float, budget: float) -> str:
    return "ok" if ratio <= budget else "OVER"


def over_budget(figures: dict[str, Any]) -> list[str]:
    """The figures over their budget: each operation's CPU-time ratio per call, and each module's import ratio
    (instructions when counted, else the median wall time)."""
    over = []
    for name, figure in figures.items():
        if name.startswith("import "):
            ratio = figure.get("instruction_ratio", figure["median_ratio"])
            if ratio > BUDGET_IMPORT:
                over.append(f"{name}: {ratio:.3f}x (budget {BUDGET_IMPORT}x)")
        elif figure["cpu_ratio"] > BUDGET_CALL:
            over.append(f"{name}: {figure['cpu_ratio']:.3f}x CPU time per call (budget {BUDGET_CALL}x)")
    return over


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=1000, help="interleaved calls per candidate and operation")
    parser.add_argument("--import-runs", type=int, default=15, help="fresh interpreters per module (wall time)")
    parser.add_argument("--no-callgrind", action="store_true", help="skip the instruction counts")
    parser.add_argument("--with-httpx-cli", action="store_true", help="let httpx import click/rich if installed")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--calls-only", action="store_true", help="measure the per-call ratios only")
    parser.add_argument("--counted-calls", type=int, default=100, help="calls per probe under callgrind")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure is over its budget")
    parser.add_argument("--probe", nargs=3, metavar=("OPERATION", "SIDE", "COUNT"), help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.probe:
        probe_calls(args.probe[0], int(args.probe[1]), int(args.probe[2]))
        return
    figures: dict[str, Any] = {}

    # The server in a process of its own: the CPU time measured is the client process's alone (a server thread in
    # this process would add the same work to both sides and pull every ratio towards 1).
    with loopback_process() as url:
        calls = per_call(url, args.rounds)
    rows = []
    for name, times in calls.items():
        cpu = times["mqclients cpu"] / times["raw httpx cpu"]
        wall = times["mqclients"] / times["raw httpx"]
        figures[name] = {
            "raw_cpu_us": times["raw httpx cpu"] * 1e6,
            "client_cpu_us": times["mqclients cpu"] * 1e6,
            "cpu_ratio": cpu,
            "raw_wall_us": times["raw httpx"] * 1e6,
            "client_wall_us": times["mqclients"] * 1e6,
            "wall_ratio": wall,
            "pool_cpu_us": times["pool cpu"] * 1e6,
        }
        rows.append(
            (
                name,
                f"{times['raw httpx cpu'] * 1e6:.0f}",
                f"{times['mqclients cpu'] * 1e6:.0f}",
                f"{(times['mqclients cpu'] - times['raw httpx cpu']) * 1e6:+.0f}",
                f"{cpu:.3f}x",
                f"{verdict(cpu, BUDGET_CALL)} (aim {'met' if cpu <= AIM_CALL else 'missed'})",
                f"{wall:.3f}x",
                f"{times['pool cpu'] * 1e6:.0f}",
                f"{(times['mqclients cpu'] - times['pool cpu']) * 1e6:+.0f}",
            )
        )
    print(
        table(
            f"Per call on one loopback server (in a process of its own), median of {args.rounds} interleaved calls: "
            f"CPU time of the client's process (budget {BUDGET_CALL}x, aim {AIM_CALL}x), and the wall-time ratio "
            "beside it; then the same request sent to a connection pool by hand (no httpx.Client: what mqclients "
            "does too), and what mqclients adds over that",
            (
                "operation",
                "raw httpx cpu us",
                "mqclients cpu us",
                "added us",
                "ratio",
                "budget",
                "wall ratio",
                "pool cpu us",
                "over pool us",
            ),
            rows,
        )
    )
    print()
    counted = None if args.no_callgrind else call_instructions(args.counted_calls)
    if counted is not None:
        counted_rows = []
        for name, (raw_count, client_count) in counted.items():
            ratio = client_count / raw_count
            figures[name]["instruction_ratio"] = ratio
            counted_rows.append(
                (
                    name,
                    f"{raw_count / 1e3:.0f}",
                    f"{client_count / 1e3:.0f}",
                    f"{ratio:.3f}x",
                    f"{verdict(ratio, BUDGET_CALL)} (aim {'met' if ratio <= AIM_CALL else 'missed'})",
                )
            )
        print(
            table(
                f"Per call, instructions executed in user space (callgrind, {args.counted_calls} calls after a "
                "warm-up, the client's process alone, user space only: deterministic, but blind to caches and "
                "branch prediction, so it reads lower than the CPU-time ratio above, which the budget is judged by)",
                ("operation", "raw httpx k instr", "mqclients k instr", "ratio", "budget"),
                counted_rows,
            )
        )
        print()
    if not args.calls_only:
        figures |= import_figures(args)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(figures, handle, indent=2)
    over = over_budget(figures)
    for line in over:
        print(f"OVER: {line}")
    if over and args.strict:
        sys.exit(1)


def import_figures(args: argparse.Namespace) -> dict[str, Any]:
    """Print the import table; its figures by ``import <module>``."""
    block_cli = not args.with_httpx_cli
    figures: dict[str, Any] = {}

    modules = ("httpx", *CLIENT_MODULES)
    walls = import_wall_times(modules, args.import_runs, block_cli)
    medians = {m: statistics.median(t) for m, t in walls.items()}
    minima = {m: min(t) for m, t in walls.items()}
    counts = None if args.no_callgrind else import_instructions(modules, block_cli)
    header = ["module", "median ms", "/ httpx", "min ms", "/ httpx"]
    if counts is not None:
        header += ["M instructions", "/ httpx"]
    import_rows: list[list[str]] = []
    for module in modules:
        row: list[str] = [
            module,
            f"{medians[module] * 1e3:.1f}",
            f"{medians[module] / medians['httpx']:.2f}x",
            f"{minima[module] * 1e3:.1f}",
            f"{minima[module] / minima['httpx']:.2f}x",
        ]
        figures[f"import {module}"] = {
            "median_ms": medians[module] * 1e3,
            "median_ratio": medians[module] / medians["httpx"],
            "min_ratio": minima[module] / minima["httpx"],
        }
        if counts is not None:
            row += [f"{counts[module] / 1e6:.0f}", f"{counts[module] / counts['httpx']:.2f}x"]
            figures[f"import {module}"]["instruction_ratio"] = counts[module] / counts["httpx"]
        import_rows.append(row)
    cli = "httpx's optional CLI blocked" if block_cli else "httpx's CLI imported if installed"
    print(
        table(
            f"Import, {args.import_runs} interleaved fresh interpreters each ({cli}; budget {BUDGET_IMPORT}x httpx)",
            header,
            import_rows,
        )
    )
    return figures


if __name__ == "__main__":
    main()
