"""``mqc`` in a real pseudo-terminal of 80 columns (pexpect): a list renders as a table and ``send`` draws a progress
bar, and no line of either is wider than the terminal."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pexpect
import pytest

from mqclients.emulators.pytest_plugin import ZAQAR_PROJECT, RunningEmulator
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.models import NewMessage

COLUMNS = 80
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
MQC = str(Path(sys.executable).with_name("mqc"))


def _spawn(args: list[str], emulator: RunningEmulator) -> pexpect.spawn[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env.update({"TERM": "xterm-256color", "MQC_ZAQAR_ENDPOINT": emulator.url, "OS_PROJECT_ID": ZAQAR_PROJECT})
    return pexpect.spawn(MQC, args, env=env, dimensions=(24, COLUMNS), encoding="utf-8", timeout=60)


def _in_terminal(args: list[str], emulator: RunningEmulator) -> str:
    child = _spawn(args, emulator)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def _visible_lines(screen: str) -> list[str]:
    """What the terminal shows, line by line: escape sequences removed, a carriage return restarts the line."""
    plain = ANSI.sub("", screen)
    return [segment for line in plain.split("\n") for segment in line.split("\r") if segment]


@pytest.mark.skipif(not Path(MQC).exists(), reason="the mqc console script is installed by make install")
def test_table_and_progress_bar_fit_80_columns(zaqar_emulator: RunningEmulator, tmp_path: Path) -> None:
    messages = tmp_path / "messages.jsonl"
    messages.write_text(
        "".join(json.dumps({"body": {"n": n, "pad": "x" * 200}, "ttl": 300}) + "\n" for n in range(3000))
    )
    sent = _in_terminal(
        ["zaqar", "send", "orders-with-a-rather-long-queue-name", "--file", str(messages)], zaqar_emulator
    )
    bar = _visible_lines(sent)
    assert any("sending" in line and "3000/3000" in line and "msg/s" in line for line in bar), bar
    assert any("━" in line for line in bar), bar
    assert "sent 3000 of 3000 messages" in sent
    assert max(len(line) for line in bar) <= COLUMNS, bar

    table = _visible_lines(_in_terminal(["zaqar", "list-queues", "--detailed"], zaqar_emulator))
    assert any("orders-with-a-rather-long-queue-name" in line or "orders-with" in line for line in table), table
    top = [line for line in table if line.startswith("┏")]
    assert top, table  # rich's table border, not JSON
    assert top[0].rstrip().endswith("┓"), table  # the whole table, right border included
    assert max(len(line) for line in table) <= COLUMNS, table


@pytest.mark.skipif(not Path(MQC).exists(), reason="the mqc console script is installed by make install")
def test_ctrl_c_stops_consume_cleanly(zaqar_emulator: RunningEmulator, zaqar_client: Zaqar) -> None:
    zaqar_client.post_messages("jobs", messages=[NewMessage(body={"n": 1}, ttl=300)])
    child = _spawn(["zaqar", "consume", "jobs", "--wait", "0.2"], zaqar_emulator)
    child.expect('"n":1')  # printed: from here on it is acknowledged, whatever happens next
    child.expect(pexpect.TIMEOUT, timeout=1)  # polling an empty queue
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, child.before
    assert "interrupted" in str(child.before)
    assert "Traceback" not in str(child.before)
    assert zaqar_client.get_queue_stats("jobs").messages.total == 0
