"""Peak memory of one call that gets a 50 MB JSON answer: raw httpx, mqclients with its default size cap, and
mqclients with a 1 MB cap (which must refuse the answer while streaming it, without buffering it).

Each case runs in a fresh interpreter (peak RSS is per process) against one loopback server in a process of its
own, so the server's copy of the body is never counted. Reported: the peak resident memory the call added over
the process's resident memory just before it, and its ratio to raw httpx in the same run.

    python -m bench.memory
"""

from __future__ import annotations

import contextlib
import json
import resource
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bench.common import table

BODY_BYTES = 50 * 1024 * 1024
CASES = (
    "raw httpx",
    "mqclients default cap (64 MiB)",
    "mqclients 1 MiB cap",
    "mqclients 1 MiB cap, chunked (no Content-Length)",
)


def _body() -> bytes:
    return b'{"pad": "' + b"x" * (BODY_BYTES - 11) + b'"}'


def serve() -> None:
    """Answer every GET with the 50 MB body (in 1 MiB writes); print the port; stop when stdin closes."""
    body = _body()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            chunked = self.path == "/chunked"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            else:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            view = memoryview(body)
            with contextlib.suppress(ConnectionError):  # a capped client hangs up early, as it should
                for start in range(0, len(body), 1 << 20):
                    piece = view[start : start + (1 << 20)]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
                if chunked:
                    self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    import threading

    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(httpd.server_address[1], flush=True)
    sys.stdin.read()
    httpd.shutdown()


def _rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def measure(case: str, url: str) -> None:
    """Run one case in this (fresh) process; print {"peak_added": bytes, "outcome": ...} as JSON."""
    import gc

    import httpx

    from mqclients._core.body import json_body
    from mqclients._core.operation import Operation
    from mqclients._core.options import RequestOptions
    from mqclients._core.transport import SyncTransport, TransportConfig
    from mqclients.errors import MQClientError

    op = Operation(name="get_big", method="GET", path="/big", idempotent=True, expected_statuses=frozenset([200]))
    http = httpx.Client(base_url=url)
    transport = SyncTransport(TransportConfig(base_url=url), http)
    gc.collect()
    before = _rss_bytes()
    if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 > before + (1 << 20):
        # The peak so far (imports) must not hide the call's own peak: report it if it would.
        print(json.dumps({"warning": "import peak above current RSS"}), file=sys.stderr)
    outcome = "ok"
    try:
        if case == CASES[0]:
            parsed = http.get("/big").json()
        else:
            cap = None if case == CASES[1] else 1024 * 1024
            path = "/chunked" if case == CASES[3] else "/big"
            response = transport.send(op, {"method": "GET", "url": path}, RequestOptions(max_response_bytes=cap))
            parsed = json_body(response, op.name)
        outcome = f"ok ({len(parsed['pad']) // (1024 * 1024)} MiB string)"
    except MQClientError as exc:
        outcome = type(exc).__name__
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"peak_added": max(0, peak - before), "outcome": outcome}))


@contextlib.contextmanager
def _server() -> Iterator[str]:
    process = subprocess.Popen(  # our own module, no shell
        [sys.executable, "-m", "bench.memory", "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)


def main() -> None:
    results: dict[str, dict[str, Any]] = {}
    with _server() as url:
        for case in CASES:
            out = subprocess.run(
                [sys.executable, "-m", "bench.memory", "measure", case, url],
                check=True,
                capture_output=True,
                text=True,
                timeout=120,
            ).stdout
            results[case] = json.loads(out.strip().splitlines()[-1])
    raw = results[CASES[0]]["peak_added"]
    rows = [
        [case, f"{r['peak_added'] / 2**20:.1f}", f"{r['peak_added'] / raw:.2f}x", r["outcome"]]
        for case, r in results.items()
    ]
    header = ["case", "peak MiB added", "vs raw httpx", "outcome"]
    print(table(f"Peak memory of one call with a {BODY_BYTES // 2**20} MB answer", header, rows))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        serve()
    elif len(sys.argv) > 1 and sys.argv[1] == "measure":
        measure(sys.argv[2], sys.argv[3])
    else:
        main()
