"""Operating the queueManager server: health and readiness, Prometheus metrics and who may read them, request ids
in structured logs (and no secrets there), graceful shutdown of in-flight requests. Store-independent: SQLite."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sys
import time
from pathlib import Path

import httpx
import pytest

from mqclients.servers.queuemanager import local
from mqclients.servers.queuemanager.local import RawSession
from mqclients.servers.queuemanager.operations import JsonLineFormatter, request_id_from

USER, PASSWORD = "ops", "ops-password-1"


@pytest.fixture
def users(tmp_path: Path) -> Path:
    return local.write_users(tmp_path / "users.json", {USER: PASSWORD})


def test_health_readiness_and_metrics_for_loopback(tmp_path: Path, users: Path) -> None:
    log = tmp_path / "server.log"
    with local.running_queuemanager(tmp_path / "data", users, log=log, options={"log-level": "info"}) as server:
        assert httpx.get(f"{server.url}/healthz").json() == {"status": "ok"}
        assert httpx.get(f"{server.url}/readyz").json() == {"status": "ready"}
        with RawSession(server.url) as qm:
            qm.login(USER, PASSWORD)
            qm.ok("qm.new_queue", queue_name="depth")
            qm.ok("qm.add_all", queue_name="depth", elements=["1", "2", "3"])
            qm.ok("qm.poll", queue_name="depth")
            qm.result("qm.poll", queue_name="missing")
            answer = qm.http.post(
                "/rpc",
                json=qm.request("qm.size", {"queue_name": "depth"}),
                headers={"X-Request-Id": "trace-42"},
            )
            assert answer.headers["x-request-id"] == "trace-42"
            token = qm.token
        text = httpx.get(f"{server.url}/metrics").text
    assert 'qm_rpc_calls_total{method="qm.add_all",outcome="ok"} 1.0' in text
    assert 'qm_rpc_calls_total{method="qm.poll",outcome="error"} 1.0' in text
    assert 'qm_rpc_call_seconds_count{method="qm.auth"} 1.0' in text
    assert 'qm_queue_visible_elements{queue="depth"} 2.0' in text
    assert 'qm_queue_in_flight_elements{queue="depth"} 1.0' in text
    assert "qm_http_requests_in_progress" in text
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    calls = [line for line in lines if line.get("msg") == "rpc"]
    assert {"method": "qm.size", "outcome": "ok", "code": 0}.items() <= next(
        line for line in calls if line["request_id"] == "trace-42"
    ).items()
    assert len({line["request_id"] for line in calls}) == len(calls)  # one id per request
    assert token is not None
    assert token not in log.read_text()
    assert PASSWORD not in log.read_text()


def test_metrics_are_refused_off_loopback_and_when_off(tmp_path: Path, users: Path) -> None:
    with local.running_queuemanager(tmp_path / "data", users, options={"metrics": "off"}) as server:
        assert httpx.get(f"{server.url}/metrics").status_code == 404
        assert httpx.get(f"{server.url}/healthz").status_code == 200


def test_request_ids_are_kept_only_when_sane() -> None:
    assert request_id_from("abc-123.x:y") == "abc-123.x:y"
    for bad in (None, "", "a b", "x" * 65, "new\nline", "<script>"):
        made = request_id_from(bad)
        assert made != bad
        assert len(made) == 16


def test_log_lines_are_one_json_object_with_the_error_and_no_traceback() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", ("here",), exc_info=sys.exc_info())
    line = JsonLineFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["msg"] == "failed here"
    assert entry["error"] == "ValueError('boom')"
    assert entry["level"] == "error"


def test_sigterm_lets_a_request_in_flight_finish(tmp_path: Path, users: Path) -> None:
    """A request whose body is still arriving when SIGTERM comes is answered, then the process exits 0."""
    server = local.start(tmp_path / "data", users)
    try:
        with RawSession(server.url) as qm:
            qm.login(USER, PASSWORD)
            qm.ok("qm.new_queue", queue_name="graceful")
            body = json.dumps(qm.request("qm.add", {"queue_name": "graceful", "element": "last"})).encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            head = f"POST /rpc HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            sock.sendall(head + body[:10])
            time.sleep(0.3)
            os.kill(server.pid, signal.SIGTERM)
            time.sleep(0.3)
            sock.sendall(body[10:])
            answer = b""
            while b'"result"' not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        assert b'"code":0' in answer
        # uvicorn finishes the requests in flight, runs the shutdown, then re-raises SIGTERM on itself so that its
        # parent sees how it ended: a clean stop is "killed by SIGTERM" after the answer, not a crash
        assert server.process.wait(timeout=15) in (0, -signal.SIGTERM)
        with local.running_queuemanager(tmp_path / "data", users) as again, RawSession(again.url) as qm:
            qm.login(USER, PASSWORD)
            assert qm.ok("qm.poll", queue_name="graceful")["element"] == "last"
    finally:
        local.stop(server)
