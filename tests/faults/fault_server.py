"""A loopback HTTP server that misbehaves on purpose, one scripted scenario per cell.

Run as ``python -m tests.faults.fault_server``: it prints ``CONTROL <port>`` and serves a small JSON control API on
that port (127.0.0.1 only) until stdin closes or it is killed:

- ``POST /cells`` with a cell script opens a data port for that cell and answers ``{"cell": id, "port": port}``;
- ``GET /cells/<id>`` answers what the cell's port saw (operation attempts, login requests, connections);
- ``DELETE /cells/<id>`` closes the cell's port and every connection on it.

A script is ``{"steps": [step, ...], "login": mode}``: attempt *n* of the operation gets step *n* (the last step
repeats). A step is ``{"do": kind, ...}`` with kind one of ``answer`` (status, headers, body), ``close_on_accept``,
``close``, ``reset``, ``hang``, ``drip`` (answer one byte per ``interval`` seconds), ``cut`` (headers promise more
body than is sent), ``stream`` (a chunked body of ``size`` bytes). Bodies travel base64-encoded (``body64``).
``login`` is for queueManager: ``ok`` answers ``GET /login-challenge``, ``qm.auth`` (with the canary token) and
``qm.logout`` properly; ``bad_key`` (a challenge whose key is not PEM), ``html_challenge``, ``html_auth`` and
``hang_auth`` break the login. Session requests are counted apart from operation attempts.
Special ports: script ``{"port": "refused"}`` answers a port nothing listens on, ``{"port": "blackhole"}`` one whose
listen backlog is full, so a connect to it never completes.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import socket
import struct
import sys
from dataclasses import dataclass, field
from typing import Any

HOST = "127.0.0.1"
MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 1024 * 1024
LOGIN_TOKEN = "QMTOKEN-canary-7f3a9c1e5b"  # the session token handed out on login: must never leak


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Cell:
    script: dict[str, Any]
    attempts: int = 0
    login_requests: int = 0
    connections: int = 0
    logged_in: bool = False
    server: asyncio.AbstractServer | None = None
    sockets: list[socket.socket] = field(default_factory=list)
    writers: set[asyncio.StreamWriter] = field(default_factory=set)

    def _steps(self) -> list[dict[str, Any]]:
        return list(self.script.get("steps") or [{"do": "answer", "status": 200}])

    def step(self) -> dict[str, Any]:
        """The step of the attempt just counted."""
        steps = self._steps()
        return steps[min(self.attempts, len(steps)) - 1]

    def step_for_next(self) -> dict[str, Any]:
        """The step the next attempt will get (before it is counted)."""
        steps = self._steps()
        return steps[min(self.attempts, len(steps) - 1)]

    def needs_login(self) -> bool:
        return self.script.get("login") is not None and not self.logged_in


async def read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = [*lines[0].split(" ", 2), "", ""][:3]
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = min(int(headers.get("content-length", "0") or 0), MAX_BODY_BYTES)
    try:
        body = await reader.readexactly(length) if length else b""
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    return Request(method, path, headers, body)


def response_bytes(status: int, headers: dict[str, str], body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    merged = {"content-length": str(len(body)), "content-type": "application/json", **headers}
    lines += [f"{name}: {value}" for name, value in merged.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def step_body(step: dict[str, Any]) -> bytes:
    return base64.b64decode(step.get("body64", ""))


class FaultServer:
    def __init__(self) -> None:
        self.cells: dict[int, Cell] = {}
        self.ids = itertools.count(1)
        self.public_key_pem = self._public_key()

    @staticmethod
    def _public_key() -> bytes:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    # --- control API ---

    async def control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError):
            while (request := await read_request(reader)) is not None:
                status, answer = await self.command(request)
                writer.write(response_bytes(status, {}, json.dumps(answer).encode()))
                await writer.drain()
        writer.close()

    async def command(self, request: Request) -> tuple[int, dict[str, Any]]:
        parts = request.path.strip("/").split("/")
        if request.method == "POST" and parts == ["cells"]:
            return 200, await self.open_cell(json.loads(request.body))
        if len(parts) == 2 and parts[0] == "cells" and parts[1].isdigit() and int(parts[1]) in self.cells:
            cell = self.cells[int(parts[1])]
            counts = {
                "attempts": cell.attempts,
                "login_requests": cell.login_requests,
                "connections": cell.connections,
            }
            if request.method == "DELETE":
                self.close_cell(self.cells.pop(int(parts[1])))
            return 200, counts
        return 404, {"error": "no such command"}

    async def open_cell(self, script: dict[str, Any]) -> dict[str, Any]:
        cell_id = next(self.ids)
        cell = Cell(script)
        self.cells[cell_id] = cell
        if script.get("port") == "refused":
            # Bound but never listening, and held until the cell closes: a connect is refused, and no other
            # process can take the port meanwhile (a closed probe's port could be reused before the client connects).
            reserved = socket.socket()
            reserved.bind((HOST, 0))
            port = reserved.getsockname()[1]
            cell.sockets.append(reserved)
        elif script.get("port") == "blackhole":
            port = self._blackhole(cell)
        else:
            cell.server = await asyncio.start_server(
                lambda r, w: self.serve(cell, r, w), HOST, 0, limit=MAX_HEADER_BYTES
            )
            port = cell.server.sockets[0].getsockname()[1]
        return {"cell": cell_id, "port": port}

    @staticmethod
    def _blackhole(cell: Cell) -> int:
        """A listening socket that never accepts, its backlog filled: further SYNs are dropped, connects hang."""
        listener = socket.socket()
        listener.bind((HOST, 0))
        listener.listen(0)
        port = int(listener.getsockname()[1])
        cell.sockets.append(listener)
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError, OSError):
                filler.connect((HOST, port))
            cell.sockets.append(filler)
        return port

    def close_cell(self, cell: Cell) -> None:
        if cell.server is not None:
            cell.server.close()
        for writer in list(cell.writers):
            with contextlib.suppress(Exception):
                writer.transport.abort()
        for sock in cell.sockets:
            sock.close()

    # --- data ports ---

    async def serve(self, cell: Cell, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        cell.connections += 1
        cell.writers.add(writer)
        try:
            first = True
            while True:
                if first and not cell.needs_login() and cell.step_for_next()["do"] == "close_on_accept":
                    cell.attempts += 1
                    writer.transport.abort()
                    return
                first = False
                request = await read_request(reader)
                if request is None:
                    return
                if self.is_login(request):
                    cell.login_requests += 1
                    if not await self.login(cell, request, writer):
                        return
                    continue
                cell.attempts += 1
                if not await self.act(cell.step(), writer):
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            cell.writers.discard(writer)
            with contextlib.suppress(Exception):
                writer.close()

    @staticmethod
    def rpc_method(request: Request) -> str | None:
        if request.method == "POST" and request.path == "/rpc":
            with contextlib.suppress(ValueError, AttributeError):
                method = json.loads(request.body).get("method")
                return method if isinstance(method, str) else None
        return None

    def is_login(self, request: Request) -> bool:
        """A session request (login challenge, ``qm.auth``, ``qm.logout``): answered apart, not an attempt."""
        return request.path == "/login-challenge" or self.rpc_method(request) in ("qm.auth", "qm.logout")

    async def login(self, cell: Cell, request: Request, writer: asyncio.StreamWriter) -> bool:
        mode = cell.script.get("login") or "ok"
        html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
        method = self.rpc_method(request)
        if request.path == "/login-challenge":
            if mode == "html_challenge":
                writer.write(response_bytes(200, {"content-type": "text/html"}, html))
            else:
                key = "<html>not a key</html>" if mode == "bad_key" else self.public_key_pem.decode("ascii")
                challenge = {"public_key": key, "challenge": "c-0123456789"}
                writer.write(response_bytes(200, {}, json.dumps(challenge).encode()))
        elif method == "qm.auth" and mode == "hang_auth":
            await asyncio.sleep(3600)
            return False
        elif method == "qm.auth" and mode == "html_auth":
            writer.write(response_bytes(200, {"content-type": "text/html"}, html))
        else:
            result = {"code": 0, "message": "ok", "token": LOGIN_TOKEN} if method == "qm.auth" else {"code": 0}
            answer = {"jsonrpc": "2.0", "id": json.loads(request.body).get("id"), "result": result}
            writer.write(response_bytes(200, {}, json.dumps(answer).encode()))
            cell.logged_in = cell.logged_in or method == "qm.auth"
        await writer.drain()
        return True

    async def act(self, step: dict[str, Any], writer: asyncio.StreamWriter) -> bool:
        """Play one step; ``False`` when the connection is finished."""
        kind = step["do"]
        status = int(step.get("status", 200))
        headers = {str(k): str(v) for k, v in (step.get("headers") or {}).items()}
        body = step_body(step)
        if kind == "answer":
            writer.write(response_bytes(status, headers, body))
            await writer.drain()
            return True
        if kind in ("close", "close_on_accept"):
            writer.transport.abort() if kind == "close_on_accept" else writer.close()
            return False
        if kind == "reset":
            sock = writer.get_extra_info("socket")
            if sock is not None:  # SO_LINGER 0: close() sends a RST instead of a FIN
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return False
        if kind == "hang":
            await asyncio.sleep(3600)
            return False
        if kind == "drip":
            for byte in response_bytes(status, headers, body):
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(float(step.get("interval", 0.5)))
            return True
        if kind == "cut":
            whole = response_bytes(status, {**headers, "content-length": str(len(body) + 100)}, body)
            writer.write(whole[: len(whole) - len(body) // 2])
            await writer.drain()
            writer.transport.abort()
            return False
        if kind == "stream":
            head = response_bytes(status, {**headers, "transfer-encoding": "chunked"}, b"")
            writer.write(head.replace(b"content-length: 0\r\n", b""))
            chunk = b"[" + b"1," * 32767 + b"1]"
            sent = 0
            while sent < int(step["size"]):
                writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                await writer.drain()
                sent += len(chunk)
            writer.write(b"0\r\n\r\n")
            await writer.drain()
            return True
        raise ValueError(f"unknown step {kind!r}")


async def main() -> None:
    server = FaultServer()
    control = await asyncio.start_server(server.control, HOST, 0)
    port = control.sockets[0].getsockname()[1]
    print(f"CONTROL {port}", flush=True)
    loop = asyncio.get_running_loop()
    # Stop when the test process closes our stdin (or dies): never outlive the suite.
    await loop.run_in_executor(None, sys.stdin.read)
    control.close()
    for cell in server.cells.values():
        server.close_cell(cell)


if __name__ == "__main__":
    asyncio.run(main())
