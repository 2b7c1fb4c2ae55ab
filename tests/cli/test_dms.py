"""``mqc dms`` against the DMS emulator: commands with options and with --body, send-file with failed lines, consume,
and every exit code."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from pathlib import Path
from typing import Any

import pytest

from mqclients.dms import DMS
from mqclients.emulators.pytest_plugin import RunningEmulator, dms_arguments
from tests.cli.conftest import Mqc, everything_printed


@pytest.fixture
def mqc(dms_emulator: RunningEmulator) -> Mqc:
    keys = dms_emulator.keys
    return Mqc(
        {
            "MQC_DMS_ENDPOINT": dms_emulator.url,
            "HUAWEICLOUD_SDK_AK": keys.ak,
            "HUAWEICLOUD_SDK_SK": keys.sk,
            "HUAWEICLOUD_SDK_PROJECT_ID": keys.project_id,
        }
    )


def _queue(mqc: Mqc, name: str = "orders", *extra: str) -> str:
    created = mqc.json("dms", "create-queue", "--name", name, *extra)
    return str(created["id"])


def test_create_with_options_then_get_and_list(mqc: Mqc, dms_emulator: RunningEmulator) -> None:
    queue_id = _queue(mqc, "orders", "--queue-mode", "FIFO", "--redrive-policy", "enable", "--max-consume-count", "5")
    got = mqc.json("dms", "get-queue", queue_id, "--include-deadletter")
    assert got["name"] == "orders"
    assert got["queue_mode"] == "FIFO"
    assert got["max_consume_count"] == 5
    listed = mqc.json("dms", "list-queues")
    assert [q["name"] for q in listed["queues"]] == ["orders"]


def test_create_with_body_file_and_option_override(mqc: Mqc, tmp_path: Path) -> None:
    body = tmp_path / "queue.json"
    body.write_text(json.dumps({"name": "from-file", "queue_mode": "NORMAL", "description": "file"}))
    queue_id = str(mqc.json("dms", "create-queue", "--body", f"@{body}", "--description", "option")["id"])
    got = mqc.json("dms", "get-queue", queue_id)
    assert (got["name"], got["description"]) == ("from-file", "option")
    from_stdin = mqc.json("dms", "create-queue", "--body", "-", input=json.dumps({"name": "from-stdin"}))
    assert from_stdin["name"] == "from-stdin"


def test_send_file_reports_each_failed_line(mqc: Mqc, dms_emulator: RunningEmulator, write_lines: Any) -> None:
    queue_id = _queue(mqc)
    lines = [json.dumps({"body": {"n": n}}) for n in range(25)]
    lines[3] = "{not json"
    lines[7] = json.dumps({"body": "x" * 600_000})  # larger than one request may be: refused before any I/O
    lines[11] = json.dumps({"attributes": {"a": 1}})  # no body: breaks the spec's required rule
    result = mqc("dms", "send", queue_id, "--file", str(write_lines("messages.jsonl", lines)))
    assert result.exit_code == 5, result.stderr
    report = json.loads(result.stdout)
    assert report["sent"] == 22
    assert [f["line"] for f in report["failed"]] == [4, 8, 12]
    assert "not JSON" in report["failed"][0]["reason"]
    assert "524288" in report["failed"][1]["reason"]
    assert "body" in report["failed"][2]["reason"]
    assert "sent 22 of 25 messages in 3 requests; 3 failed:" in result.stderr
    assert "  line 8: " in result.stderr
    with DMS(**dms_arguments(dms_emulator)) as dms:
        group = dms.create_groups(queue_id, groups=[{"name": "g"}]).groups[0]  # type: ignore[list-item]
        got = dms.consume_messages(queue_id, group.id, max_msgs=10)
    assert len(got) == 10


def test_consume_max_messages_acks_what_it_printed(mqc: Mqc, dms_emulator: RunningEmulator, write_lines: Any) -> None:
    queue_id = _queue(mqc)
    group_id = mqc.json("dms", "create-groups", queue_id, "--groups", '[{"name": "billing"}]')["groups"][0]["id"]
    path = write_lines("m.jsonl", [json.dumps({"body": {"n": n}}) for n in range(5)])
    assert mqc("dms", "send", queue_id, "--file", str(path)).exit_code == 0
    result = mqc("dms", "consume", queue_id, "--group", group_id, "--max-messages", "3", "--wait", "1")
    assert result.exit_code == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["message"]["body"]["n"] for m in printed] == [0, 1, 2]
    assert "consumed 3 messages (acknowledged)" in result.stderr
    rest = mqc("dms", "consume", queue_id, "--group", group_id, "--wait", "1", "--stop-when-empty")
    assert rest.exit_code == 0, rest.stderr
    assert [json.loads(line)["message"]["body"]["n"] for line in rest.stdout.splitlines()] == [3, 4]


def test_consume_no_ack_releases(mqc: Mqc, write_lines: Any) -> None:
    queue_id = _queue(mqc)
    group_id = mqc.json("dms", "create-groups", queue_id, "--groups", '[{"name": "g"}]')["groups"][0]["id"]
    assert mqc("dms", "send", queue_id, "--file", str(write_lines("m.jsonl", ['{"body": 1}']))).exit_code == 0
    first = mqc("dms", "consume", queue_id, "--group", group_id, "--no-ack", "--max-messages", "1", "--wait", "1")
    assert first.exit_code == 0, first.stderr
    assert "(released)" in first.stderr
    again = mqc("dms", "consume", queue_id, "--group", group_id, "--max-messages", "1", "--wait", "1")
    assert [json.loads(line)["message"]["body"] for line in again.stdout.splitlines()] == [1]


def test_exit_codes(mqc: Mqc, dms_emulator: RunningEmulator) -> None:
    # 2: usage (an unknown enum value, checked by the option's type), nothing sent
    bad_enum = mqc("dms", "create-queue", "--name", "q", "--queue-mode", "LIFO")
    assert bad_enum.exit_code == 2
    assert "--queue-mode" in bad_enum.stderr
    # 2: a documented rule the client checks before any I/O, named by its option
    too_long = mqc("dms", "create-queue", "--name", "q", "--description", "<b>")
    assert too_long.exit_code == 2, too_long.stderr
    assert "--description" in too_long.stderr
    missing = mqc("dms", "create-queue", "--queue-mode", "FIFO")
    assert missing.exit_code == 2
    assert "--name" in missing.stderr
    assert mqc.json("dms", "list-queues")["queues"] == []
    # 3: the service's error, with its vendor code and request id
    api_error = mqc("dms", "get-queue", "no-such-queue")
    assert api_error.exit_code == 3
    assert "vendor code:" in api_error.stderr
    assert "request id:" in api_error.stderr
    # 4: nothing listens there
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    transport = mqc("dms", "--max-retries", "0", "list-queues", env={"MQC_DMS_ENDPOINT": closed})
    assert transport.exit_code == 4
    assert "transport error" in transport.stderr
    # 4 from send too, saying where it stopped
    stopped = mqc(
        "dms", "--max-retries", "0", "send", "q", "--file", "-", input='{"body": 1}\n', env={"MQC_DMS_ENDPOINT": closed}
    )
    assert stopped.exit_code == 4
    assert "stopped at line 1" in stopped.stderr
    assert json.loads(stopped.stdout)["sent"] == 0
    # 2: no credentials at all
    no_keys = mqc("dms", "list-queues", env={"HUAWEICLOUD_SDK_SK": ""})
    assert no_keys.exit_code == 2
    assert "configuration" in no_keys.stderr


def test_no_secret_in_any_output(mqc: Mqc, dms_emulator: RunningEmulator) -> None:
    secret = dms_emulator.keys.sk
    results = [
        mqc("dms", "list-queues"),
        mqc("dms", "get-queue", "missing"),
        mqc("dms", "create-queue", "--name", "q", "--description", "<b>"),
        mqc("dms", "list-queues", env={"HUAWEICLOUD_SDK_AK": "WRONGKEY"}),
        mqc("dms", "--help"),
        mqc("--verbose", "dms", "list-queues"),  # the clients' DEBUG log: every request's headers
    ]
    assert [r.exit_code for r in results] == [0, 3, 2, 3, 0, 0]
    for result in results:
        assert secret not in everything_printed(result)
    logged = results[-1].stderr
    assert "list_queues GET" in logged
    assert "[REDACTED]" in logged  # the Authorization header's signature
    assert "Signature=" not in logged.replace("Signature=[REDACTED]", "")


class _GarbageHandler(http.server.BaseHTTPRequestHandler):
    """Answers every request 200 with a body that is not JSON."""

    def do_GET(self) -> None:
        body = b"<html>not json</html>"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


def test_exit_code_1_for_an_answer_that_cannot_be_read(mqc: Mqc) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _GarbageHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        result = mqc("dms", "list-queues", env={"MQC_DMS_ENDPOINT": url})
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
    assert result.exit_code == 1, result.stderr
    assert result.stderr.startswith("mqc: error:")
