"""``mqc queuemanager`` against the reference server (a subprocess on 127.0.0.1, stopped by its PID): a create with
options, a get, a list that pages, a call with ``--body``, send-file, consume, and no password in any output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mqclients.servers.queuemanager.local import LocalQueueManager, running_queuemanager, write_users
from tests.cli.conftest import Mqc, everything_printed

USER, PASSWORD = "cli-user", "a password that never shows"


@pytest.fixture(scope="module")
def qm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalQueueManager]:
    data = tmp_path_factory.mktemp("qm-cli")
    users = write_users(data / "users.json", {USER: PASSWORD})
    with running_queuemanager(data, users) as server:
        yield server


@pytest.fixture
def qm(qm_server: LocalQueueManager) -> Mqc:
    return Mqc(
        {
            "MQC_QUEUEMANAGER_ENDPOINT": qm_server.url,
            "MQC_QUEUEMANAGER_USERNAME": USER,
            "MQC_QUEUEMANAGER_PASSWORD": PASSWORD,
        }
    )


def test_queue_commands_send_and_consume(qm: Mqc, write_lines: Any) -> None:
    assert qm.json("queuemanager", "new-queue", "--queue-name", "cli-jobs")["code"] == 0
    lines = [json.dumps(f"job {n}") for n in range(250)] + ['{"structured": true}', "[broken"]
    sent = qm("queuemanager", "send", "cli-jobs", "--file", str(write_lines("qm.jsonl", lines)))
    assert sent.exit_code == 5, sent.stderr
    assert json.loads(sent.stdout)["sent"] == 251
    assert "line 252: not JSON" in sent.stderr
    assert qm.json("queuemanager", "size", "--queue-name", "cli-jobs")["size"] == 251
    consumed = qm("queuemanager", "consume", "cli-jobs", "--max-messages", "3")
    assert consumed.exit_code == 0, consumed.stderr
    assert [json.loads(line)["element"] for line in consumed.stdout.splitlines()] == ["job 0", "job 1", "job 2"]
    assert qm.json("queuemanager", "size", "--queue-name", "cli-jobs")["size"] == 248


def test_map_body_and_paged_list(qm: Mqc, tmp_path: Path) -> None:
    pairs = {f"k{n:02d}": f"v{n}" for n in range(7)}
    body = tmp_path / "pairs.json"
    body.write_text(json.dumps({"map": "cli-settings", "list": pairs}))
    assert qm.json("queuemanager", "map-batch-put", "--body", f"@{body}")["code"] == 0
    listed = qm.lines("queuemanager", "map-get-list", "--map", "cli-settings", "--page-size", "3")
    assert len(listed) == 7
    assert qm.json("queuemanager", "map-get", "--map", "cli-settings", "--key", "k03")["value"] == "v3"
    limited = qm.lines("queuemanager", "map-get-list", "--map", "cli-settings", "--page-size", "3", "--limit", "4")
    assert len(limited) == 4


def test_errors_and_no_password_anywhere(qm: Mqc) -> None:
    missing = qm("queuemanager", "size", "--queue-name", "no-such-queue")
    assert missing.exit_code == 3
    assert "vendor code:" in missing.stderr
    wrong = qm("queuemanager", "size", "--queue-name", "x", env={"MQC_QUEUEMANAGER_PASSWORD": "wrong " + PASSWORD})
    assert wrong.exit_code == 3
    no_password = qm("queuemanager", "size", "--queue-name", "x", env={"MQC_QUEUEMANAGER_PASSWORD": ""})
    assert no_password.exit_code == 2
    assert "MQC_QUEUEMANAGER_PASSWORD" in no_password.stderr
    for result in (missing, wrong, no_password):
        assert PASSWORD not in everything_printed(result)
