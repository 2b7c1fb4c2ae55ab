"""Every README quickstart runs as written, against the repo's loopback servers: real Zaqar, the queueManager
reference server, and the spec-checking server (servers/spec_mock.py, with the official signers as verifiers) for
DMS, RocketMQ and CMQ; and again against the offline emulators, where what was sent is really received. Only the
constructor's endpoint and credentials (and RocketMQ's placeholder instance id) are substituted."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mqclients.rocketmq import RocketMQ
from servers.queuemanager.local import LocalQueueManager, running_queuemanager, write_users
from servers.spec_mock import SpecServer, serve
from servers.zaqar_local import LocalZaqar
from tests.emulators.rocketmq_calls import create_instance
from tests.support.dms_fake import DMSFake
from tests.support.huawei_verifier import huawei_verifier
from tests.support.tencent_verifier import SIGNER_FIELDS, tencent_verifier
from tests.wire.test_cmq import QueueFake

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
AK, SK, PROJECT = "HPUAQUICKSTART000001", "quickstart-secret-key-0123456789abcdefgh", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
SECRET_ID, SECRET_KEY = "AKIDquickstart00000000000000000000", "quickstart-secret-key-0123456789a"
USER, PASSWORD = "app", "quickstart password"
HUAWEI_CREDENTIALS = f'project_id="{PROJECT}", ak="{AK}", sk="{SK}"'


def quickstart(title: str) -> str:
    """The Python block under ``## Quickstart: <title>``."""
    found = re.search(rf"## Quickstart: {re.escape(title)}.*?```python\n(.*?)```", README, re.S)
    assert found, f"README has no quickstart {title!r}"
    return found.group(1)


def run(source: str, substitutions: dict[str, str]) -> None:
    for old, new in substitutions.items():
        assert old in source, f"the quickstart no longer contains {old!r}"
        source = source.replace(old, new)
    exec(compile(source, "<README quickstart>", "exec"), {"__name__": "quickstart"})  # noqa: S102 (our README)


def test_zaqar_quickstart(zaqar_server: LocalZaqar, capsys: pytest.CaptureFixture[str]) -> None:
    project = f"readme-{uuid.uuid4().hex[:8]}"
    run(
        quickstart("OpenStack Zaqar v2"),
        {'"http://127.0.0.1:8888", project_id="demo"': f'"{zaqar_server.endpoint}", project_id="{project}"'},
    )
    assert "{'order': 1}" in capsys.readouterr().out


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)


def test_dms_quickstart(capsys: pytest.CaptureFixture[str]) -> None:
    server = SpecServer(ROOT / "specs" / "huawei-dms-v1.yaml", verify=huawei_verifier(AK, SK, project_id=PROJECT))
    DMSFake(server)
    with serve(server) as url:
        run(
            quickstart("Huawei DMS v1.0"),
            {'DMS(region="cn-north-4")': f'DMS(endpoint="{url}", {HUAWEI_CREDENTIALS})'},
        )
    assert server.problems == []
    assert "{'n': 0}" in capsys.readouterr().out


def test_rocketmq_quickstart() -> None:
    server = SpecServer(ROOT / "specs" / "huawei-rocketmq.yaml", verify=huawei_verifier(AK, SK, project_id=PROJECT))
    with serve(server) as url:
        run(
            quickstart("Huawei RocketMQ (management API)"),
            {'RocketMQ(region="cn-north-4")': f'RocketMQ(endpoint="{url}", {HUAWEI_CREDENTIALS})'},
        )
    assert server.problems == []
    assert {r.operation_id for r in server.received} == {"list_instances", "create_topic", "list_topics"}


def test_cmq_quickstart(env: None, capsys: pytest.CaptureFixture[str]) -> None:
    server = SpecServer(
        ROOT / "specs" / "tencent-cmq.yaml",
        verify=tencent_verifier(SECRET_ID, SECRET_KEY),
        ignore_form_fields=SIGNER_FIELDS,
    )
    QueueFake(server)
    with serve(server) as url:
        run(quickstart("Tencent CMQ (legacy API)"), {'CMQ(region="gz",': f'CMQ(endpoint="{url}",'})
    assert server.problems == []
    assert "order 9" in capsys.readouterr().out  # received and consumed from the fake queue


@pytest.fixture(scope="module")
def qm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalQueueManager]:
    data = tmp_path_factory.mktemp("qm-readme")
    users = write_users(data / "users.json", {USER: PASSWORD})
    with running_queuemanager(data, users) as server:
        yield server


def test_queuemanager_quickstart(qm_server: LocalQueueManager, capsys: pytest.CaptureFixture[str]) -> None:
    login = f'username="{USER}", password="{PASSWORD}"'
    substitutions = {'"http://127.0.0.1:8765", username="app", password="..."': f'"{qm_server.url}", {login}'}
    run(quickstart("queueManager"), substitutions)
    out = capsys.readouterr().out
    assert "colour blue" in out
    assert " a\n" in out


def test_every_quickstart_is_tested() -> None:
    titles = re.findall(r"^## Quickstart: (.+)$", README, re.M)
    tested = {
        "OpenStack Zaqar v2",
        "Huawei DMS v1.0",
        "Huawei RocketMQ (management API)",
        "Tencent CMQ (legacy API)",
        "queueManager",
    }
    assert set(titles) == tested


# --- the same quickstarts against the offline emulators (mqclients.emulators): state, long polls and acks are real ---


def _huawei_on(emulator: Any) -> str:
    keys = emulator.keys
    return f'endpoint="{emulator.url}", project_id="{keys.project_id}", ak="{keys.ak}", sk="{keys.sk}"'


def test_dms_quickstart_on_the_emulator(dms_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    run(quickstart("Huawei DMS v1.0"), {'DMS(region="cn-north-4")': f"DMS({_huawei_on(dms_emulator)})"})
    printed = capsys.readouterr().out.splitlines()
    # every one of the 1000 messages sent is consumed (and acked: the loop ended on an empty queue), in FIFO order
    assert printed == [str({"n": n}) for n in range(1000)]


def test_rocketmq_quickstart_on_the_emulator(
    rocketmq_emulator: Any, rocketmq_client: RocketMQ, capsys: pytest.CaptureFixture[str]
) -> None:
    instance_id = create_instance(rocketmq_client, "readme")
    rocketmq_emulator.advance(600)  # the instance finishes CREATING
    source = quickstart("Huawei RocketMQ (management API)").replace('"instance-id"', f'"{instance_id}"')
    run(source, {'RocketMQ(region="cn-north-4")': f"RocketMQ({_huawei_on(rocketmq_emulator)})"})
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("readme ")
    assert "orders" in out


def test_cmq_quickstart_on_the_emulator(cmq_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    keys = cmq_emulator.keys
    constructor = f'CMQ(endpoint="{cmq_emulator.url}", secret_id="{keys.secret_id}", secret_key="{keys.secret_key}",'
    run(quickstart("Tencent CMQ (legacy API)"), {'CMQ(region="gz",': constructor})
    printed = capsys.readouterr().out.splitlines()
    # one message received by hand, then the consume loop ends after its max_messages=10
    assert printed[0] == "hello"
    assert printed[1:] == [f"order {n}" for n in range(10)]


def test_zaqar_quickstart_on_the_emulator(zaqar_emulator: Any, capsys: pytest.CaptureFixture[str]) -> None:
    run(quickstart("OpenStack Zaqar v2"), {'"http://127.0.0.1:8888"': f'"{zaqar_emulator.url}"'})
    assert "{'order': 1}" in capsys.readouterr().out
