"""Running ``mqc`` in-process through click's test runner, against the emulators (pytest plugin fixtures, threads
on 127.0.0.1) and the queueManager server (a subprocess stopped by its PID)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from mqclients.cli.app import cli

# Variables a developer's shell may hold that would change what a test sends: every test starts without them.
VENDOR_VARIABLES = (
    "HUAWEICLOUD_SDK_AK",
    "HUAWEICLOUD_SDK_SK",
    "CLOUD_SDK_AK",
    "CLOUD_SDK_SK",
    "HUAWEICLOUD_SDK_SECURITY_TOKEN",
    "HUAWEICLOUD_SDK_PROJECT_ID",
    "HUAWEICLOUD_SDK_REGION",
    "TENCENTCLOUD_SECRET_ID",
    "TENCENTCLOUD_SECRET_KEY",
    "TENCENTCLOUD_SESSION_TOKEN",
    "TENCENTCLOUD_REGION",
    "OS_CLOUD",
    "OS_TOKEN",
    "OS_PROJECT_ID",
    "MQC_DMS_ENDPOINT",
    "MQC_ROCKETMQ_ENDPOINT",
    "MQC_CMQ_ENDPOINT",
    "MQC_ZAQAR_ENDPOINT",
    "MQC_QUEUEMANAGER_ENDPOINT",
    "MQC_QUEUEMANAGER_USERNAME",
    "MQC_QUEUEMANAGER_PASSWORD",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VENDOR_VARIABLES:
        monkeypatch.delenv(name, raising=False)


class Mqc:
    """``mqc`` with a fixed environment (credentials, endpoint): ``mqc("dms", "list-queues")``."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(cli, list(args), env={**self.env, **(env or {})}, input=input, prog_name="mqc")

    def json(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Any:
        result = self(*args, input=input, env=env)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
        return json.loads(result.stdout)

    def lines(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> list[Any]:
        result = self(*args, input=input, env=env)
        assert result.exit_code == 0, (result.exit_code, result.stdout, result.stderr)
        return [json.loads(line) for line in result.stdout.splitlines()]


def everything_printed(result: Result) -> str:
    return result.stdout + result.stderr


@pytest.fixture
def write_lines(tmp_path: Path) -> Any:
    def write(name: str, lines: list[str]) -> Path:
        path = tmp_path / name
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        return path

    return write
