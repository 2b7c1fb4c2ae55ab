"""A minimal loopback HTTP/1.1 server answering canned JSON: the same server for every client in a benchmark."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Answer = Callable[[str, str], tuple[int, Any]]  # (method, path) -> (status, JSON body)


@contextlib.contextmanager
def canned_server(answer: Answer) -> Iterator[str]:
    """Serve ``answer`` on 127.0.0.1 (keep-alive), yield the base URL, stop on exit."""

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
