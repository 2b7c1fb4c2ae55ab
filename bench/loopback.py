"""A minimal loopback HTTP/1.1 server answering canned JSON: the same server for every client in a benchmark.

By default it runs in a process of its own (forked), so the benchmark's process runs its clients alone: a server
thread beside them would add its work, and its share of the GIL, to every candidate alike and pull every ratio
towards 1.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[str, str], tuple[int, Any]]  # (method, path) -> (status, JSON body)


@contextlib.contextmanager
def canned_server(answer: Answer, *, own_process: bool = True) -> Iterator[str]:
    """Serve ``answer`` on 127.0.0.1 (keep-alive), yield the base URL, stop on exit; in a forked child unless
    ``own_process`` is false (a benchmark whose candidates all run a server thread of this process)."""
    if not own_process:
        with _threaded(answer) as url:
            yield url
        return
    url_out, url_in = os.pipe()
    stop_out, stop_in = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: serve until the parent closes its end of the stop pipe (or exits)
        status = 1
        try:
            os.close(url_out)
            os.close(stop_in)
            with _threaded(answer) as url:
                os.write(url_in, url.encode() + b"\n")
                os.read(stop_out, 1)
            status = 0
        finally:
            os._exit(status)
    os.close(url_in)
    os.close(stop_out)
    try:
        url = os.read(url_out, 256).decode().strip()
        if not url.startswith("http://127.0.0.1:"):
            raise RuntimeError("the loopback server did not start")
        yield url
    finally:
        os.close(stop_in)
        os.close(url_out)
        _reap(pid)


def _reap(pid: int, grace: float = 10.0) -> None:
    """Wait for the child to stop (it does once the stop pipe closes); killed after ``grace`` seconds."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


@contextlib.contextmanager
def _threaded(answer: Answer) -> Iterator[str]:

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall between answers
        # Buffered: headers and body leave in one write (flushed at the end of each request), so a client never
        # reads the headers alone and then waits for the body: each answer costs the client the same reads,
        # which keeps instruction counts from varying with how fast this server happens to run.
        wbufsize = 64 * 1024

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            if length:
                self.rfile.read(length)
            status, body = answer(self.command, self.path.split("?", 1)[0])
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
