"""``python -m mqclients.emulators``: starts on loopback, prints where and with which access key (never the
secret), serves signed calls, and stops on SIGTERM; bad options fail cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from mqclients.cmq import CMQ
from mqclients.dms import DMS
from mqclients.emulators.defaults import CMQ_KEYS
from tests.emulators.cmq_calls import create_queue, queue_names
from tests.emulators.dms_calls import queue_request

STARTUP_SECONDS = 20


@contextmanager
def emulator(*args: str) -> Iterator[tuple[str, str]]:
    """Run the command; yield (its URL, its first line); stop it by its own PID."""
    process = subprocess.Popen(
        [sys.executable, "-m", "mqclients.emulators", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert " on http://127.0.0.1:" in line, line
        url = line.split(" on ", 1)[1].split()[0]
        yield url, line
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STARTUP_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=STARTUP_SECONDS)


def test_dms_command_serves_its_configured_credentials() -> None:
    with emulator("dms", "--ak", "MYAK", "--sk", "my-very-secret", "--project-id", "p1") as (url, line):
        assert "MYAK" in line
        assert "my-very-secret" not in line
        with DMS(endpoint=url, ak="MYAK", sk="my-very-secret", project_id="p1") as dms:
            created = dms.create_queue(body=queue_request("cli"))
            assert [q.id for q in dms.list_queues().queues] == [created.id]


def test_cmq_command_with_default_credentials() -> None:
    with emulator("cmq") as (url, line):
        assert CMQ_KEYS.secret_key not in line
        with CMQ(endpoint=url, secret_id=CMQ_KEYS.secret_id, secret_key=CMQ_KEYS.secret_key) as cmq:
            create_queue(cmq, "cli")
            assert queue_names(cmq) == ["cli"]


def test_zaqar_command_with_a_token_refuses_calls_without_it() -> None:
    from mqclients._core.errors import AuthenticationError
    from mqclients.zaqar import Zaqar

    with emulator("zaqar", "--token", "zaqar-test-token") as (url, line):
        assert "zaqar-test-token" not in line
        with Zaqar(url, project_id="p", token="zaqar-test-token") as zaqar:
            zaqar.create_queue("cli")
            assert [q.name for q in zaqar.list_queues()] == ["cli"]
        with Zaqar(url, project_id="p") as anonymous, pytest.raises(AuthenticationError):
            anonymous.create_queue("nope")


def test_rocketmq_command() -> None:
    from mqclients.emulators.defaults import DMS_KEYS
    from mqclients.rocketmq import RocketMQ

    keys = {"ak": DMS_KEYS.ak, "sk": DMS_KEYS.sk, "project_id": DMS_KEYS.project_id}
    with emulator("rocketmq") as (url, _), RocketMQ(endpoint=url, **keys) as mq:  # type: ignore[arg-type]
        assert list(mq.list_instances()) == []


def test_bad_options_fail_before_serving() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mqclients.emulators", "dms", "--error-rate", "2"],
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS,
        check=False,
    )
    assert done.returncode == 2
    assert "error_rate" in done.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "mqclients.emulators", "sqs"],
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS,
        check=False,
    )
    assert unknown.returncode == 2
    assert "invalid choice" in unknown.stderr
