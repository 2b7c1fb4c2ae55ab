"""A clone from a forge has no seed documents beside it: the doc-coverage check must run from the repository alone."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# the committed tree is what a clone gets: uncommitted changes are not in it
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout (an sdist?)"
    ),
]

_RUN_CHECK = """
import sys
import codegen
from codegen.spec_coverage.cli import main
print("codegen from", codegen.__file__)
sys.exit(main(["-q"]))
"""


def test_doc_coverage_check_runs_in_a_bare_clone(tmp_path: Path) -> None:
    clone = tmp_path / "mqclients"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True, timeout=120)
    assert not (tmp_path / "shared").exists()
    env = {k: v for k, v in os.environ.items() if k != "MQCLIENTS_SEEDS"}
    env["PYTHONPATH"] = str(clone)
    done = subprocess.run(
        [sys.executable, "-c", _RUN_CHECK],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"codegen from {clone / 'codegen' / '__init__.py'}"  # the clone's code, not this checkout's
    assert lines[1] == "request lines: 65 of 65 in the spec"
    assert lines[2].endswith(", 0 not")
    assert "stale" not in done.stdout
