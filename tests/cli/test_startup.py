"""``mqc --help`` stays cheap: it imports no command table, no client and no rich (a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from mqclients.cli.app import cli
try:
    cli(["--help"], prog_name="mqc")
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""


def test_root_help_imports_no_table_client_or_rich() -> None:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60)
    loaded = json.loads(run.stdout.splitlines()[-1])
    heavy = [m for m in loaded if m.endswith("cli_commands") or m in ("rich", "httpx", "mqclients.dms")]
    assert heavy == [], heavy
    assert "click" in loaded


def test_python_dash_m_runs_the_same_command() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mqclients.cli", "dms", "create-queue", "--queue-mode", "LIFO"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert "--queue-mode" in run.stderr
