"""``mqc`` for RocketMQ, Zaqar and CMQ against their emulators: per API a get, a list that pages (``--page-size``,
``--limit``), a create with options and one with ``--body``; send-file and consume for the queue APIs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from mqclients.emulators.pytest_plugin import ZAQAR_PROJECT, RunningEmulator
from mqclients.emulators.rocketmq import CREATE_SECONDS
from tests.cli.conftest import Mqc
from tests.emulators.rocketmq_calls import instance_request


@pytest.fixture
def rocketmq(rocketmq_emulator: RunningEmulator) -> Mqc:
    keys = rocketmq_emulator.keys
    return Mqc(
        {
            "MQC_ROCKETMQ_ENDPOINT": rocketmq_emulator.url,
            "HUAWEICLOUD_SDK_AK": keys.ak,
            "HUAWEICLOUD_SDK_SK": keys.sk,
            "HUAWEICLOUD_SDK_PROJECT_ID": keys.project_id,
        }
    )


@pytest.fixture
def zaqar(zaqar_emulator: RunningEmulator) -> Mqc:
    return Mqc({"MQC_ZAQAR_ENDPOINT": zaqar_emulator.url, "OS_PROJECT_ID": ZAQAR_PROJECT})


@pytest.fixture
def cmq(cmq_emulator: RunningEmulator) -> Mqc:
    keys = cmq_emulator.keys
    return Mqc(
        {
            "MQC_CMQ_ENDPOINT": cmq_emulator.url,
            "TENCENTCLOUD_SECRET_ID": keys.secret_id,
            "TENCENTCLOUD_SECRET_KEY": keys.secret_key,
        }
    )


def test_rocketmq_body_options_pages_and_get(rocketmq: Mqc, rocketmq_emulator: RunningEmulator, tmp_path: Path) -> None:
    body = tmp_path / "instance.json"
    body.write_text(json.dumps(instance_request("shop").to_dict()))
    instance_id = rocketmq.json("rocketmq", "create-instance", "--body", f"@{body}")["instance_id"]
    rocketmq_emulator.advance(CREATE_SECONDS)
    for n in range(5):
        created = rocketmq.json("rocketmq", "create-topic", instance_id, "--name", f"topic-{n}", "--queue-num", "4")
        assert created["id"] == f"topic-{n}"
    paged = rocketmq.lines("rocketmq", "list-topics", instance_id, "--page-size", "2")
    # five topics, two a page: only a pager that follows the pages sees them all
    assert [t["name"] for t in paged] == [f"topic-{n}" for n in range(5)]
    limited = rocketmq.lines("rocketmq", "list-topics", instance_id, "--page-size", "2", "--limit", "3")
    assert [t["name"] for t in limited] == ["topic-0", "topic-1", "topic-2"]
    assert rocketmq.json("rocketmq", "get-instance", instance_id)["name"] == "shop"
    out_of_range = rocketmq("rocketmq", "create-topic", instance_id, "--name", "t", "--queue-num", "51")
    assert out_of_range.exit_code == 2
    assert "--queue-num" in out_of_range.stderr


def test_zaqar_commands(zaqar: Mqc, zaqar_emulator: RunningEmulator, tmp_path: Path) -> None:
    for n in range(5):
        assert zaqar("zaqar", "create-queue", f"q{n}", "--default-message-ttl", "3600").exit_code == 0
    listed = zaqar.lines("zaqar", "list-queues", "--page-size", "2")
    assert [q["name"] for q in listed] == [f"q{n}" for n in range(5)]
    assert [q["name"] for q in zaqar.lines("zaqar", "list-queues", "--page-size", "2", "--limit", "3")] == [
        "q0",
        "q1",
        "q2",
    ]
    assert zaqar.json("zaqar", "get-queue", "q0")["_default_message_ttl"] == 3600
    posted = zaqar.json("zaqar", "post-messages", "q0", "--body", json.dumps({"messages": [{"body": 1, "ttl": 60}]}))
    assert len(posted["resources"]) == 1
    assert zaqar.json("zaqar", "get-queue-stats", "q0")["messages"]["free"] == 1


def test_zaqar_send_and_consume(zaqar: Mqc, write_lines: Any) -> None:
    lines = [json.dumps({"body": {"n": n}, "ttl": 300}) for n in range(12)]
    lines[5] = json.dumps({"body": 1, "ttl": 5})  # ttl below the documented minimum (60)
    result = zaqar("zaqar", "send", "jobs", "--file", str(write_lines("z.jsonl", lines)))
    assert result.exit_code == 5
    assert json.loads(result.stdout)["sent"] == 11
    assert "line 6: message.ttl" in result.stderr
    consumed = zaqar("zaqar", "consume", "jobs", "--max-messages", "4")
    assert consumed.exit_code == 0, consumed.stderr
    assert len(consumed.stdout.splitlines()) == 4
    rest = zaqar("zaqar", "consume", "jobs", "--stop-when-empty")
    assert rest.exit_code == 0, rest.stderr
    assert len(rest.stdout.splitlines()) == 7
    assert zaqar.json("zaqar", "get-queue-stats", "jobs")["messages"]["total"] == 0


def test_cmq_commands(cmq: Mqc, write_lines: Any) -> None:
    for n in range(5):
        created = cmq.json("cmq", "create-queue", "--queue-name", f"q{n}", "--visibility-timeout", "30")
        assert created["queueId"]
    listed = cmq.lines("cmq", "list-queue", "--page-size", "2")
    assert sorted(q["queueName"] for q in listed) == [f"q{n}" for n in range(5)]
    assert len(cmq.lines("cmq", "list-queue", "--page-size", "2", "--limit", "3")) == 3
    assert cmq.json("cmq", "get-queue-attributes", "--queue-name", "q0")["visibilityTimeout"] == 30
    assert cmq.json("cmq", "create-topic", "--body", '{"topicName": "news"}')["code"] == 0
    lines = ['"plain text"', '{"order": 1}', *[f'"m{n}"' for n in range(20)]]
    sent = cmq("cmq", "send", "q0", "--file", str(write_lines("c.jsonl", lines)))
    assert sent.exit_code == 0, sent.stderr
    assert json.loads(sent.stdout) == {"sent": 22, "requests": 2, "failed": []}
    consumed = cmq("cmq", "consume", "q0", "--max-messages", "2", "--wait", "0")
    assert consumed.exit_code == 0, consumed.stderr
    bodies = [json.loads(line)["msgBody"] for line in consumed.stdout.splitlines()]
    assert bodies == ["plain text", '{"order":1}']


def test_rocketmq_secret_field_is_asked_for_without_echo(rocketmq: Mqc, rocketmq_emulator: RunningEmulator) -> None:
    instance = json.dumps(instance_request("vault", enable_acl=True).to_dict())
    instance_id = rocketmq.json("rocketmq", "create-instance", "--body", instance)["instance_id"]
    rocketmq_emulator.advance(CREATE_SECONDS)
    secret = "Secret-Key-0123456789"
    made = rocketmq(
        "rocketmq", "create-user", instance_id, "--access-key", "app-user", "--secret-key", input=secret + "\n"
    )
    assert made.exit_code == 0, made.stderr
    assert secret not in made.stdout + made.stderr
    assert "secret key" in made.stderr.lower() or "secret key" in made.stdout.lower()  # the prompt
    users = rocketmq.json("rocketmq", "list-users", instance_id)
    assert "app-user" in json.dumps(users)
    assert secret not in json.dumps(users)


def test_cmq_send_refuses_a_line_the_spec_refuses(cmq: Mqc, write_lines: Any) -> None:
    assert cmq("cmq", "create-queue", "--queue-name", "q").exit_code == 0
    sent = cmq("cmq", "send", "q", "--file", str(write_lines("c.jsonl", ['"one"', '""', '"three"'])))
    assert sent.exit_code == 5
    assert json.loads(sent.stdout)["sent"] == 2
    assert "line 2: message: " in sent.stderr


def test_zaqar_from_clouds_yaml(
    zaqar_emulator: RunningEmulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--os-cloud`` (or ``OS_CLOUD``): the cloud's endpoint from clouds.yaml, read by openstacksdk's loader."""
    for key in list(os.environ):
        if key.startswith("OS_"):
            monkeypatch.delenv(key)
    clouds = tmp_path / "clouds.yaml"
    clouds.write_text(f"clouds:\n  local:\n    auth_type: none\n    auth:\n      endpoint: {zaqar_emulator.url}\n")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    mqc = Mqc({"OS_CLIENT_CONFIG_FILE": str(clouds), "OS_PROJECT_ID": ZAQAR_PROJECT})
    assert mqc("zaqar", "--os-cloud", "local", "create-queue", "from-cloud").exit_code == 0
    assert [q["name"] for q in mqc.lines("zaqar", "list-queues", env={"OS_CLOUD": "local"})] == ["from-cloud"]
    unknown = mqc("zaqar", "--os-cloud", "nowhere", "list-queues")
    assert unknown.exit_code == 2
    assert "nowhere" in unknown.stderr
