"""Pydantic request models from a spec, with datamodel-code-generator: one way for every server the project ships.

The queueManager server and the emulators validate requests with models generated from the same spec file as the
clients, so both ends of the wire come from one description. The output is deterministic (no timestamp, one
formatter configuration): generating twice changes nothing, and ``--check`` compares byte for byte.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

OPTIONS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--disable-timestamp",
    "--ignore-pyproject",
    "--use-annotated",
    "--field-constraints",
    "--use-standard-collections",
    "--use-union-operator",
    # enums and consts become Literal types: strict validation accepts their plain JSON values
    "--enum-field-as-literal=all",
    # a field with a default is not nullable: `"ack_type": null` is refused, not read as "absent"
    "--strict-nullable",
    # constrained array items become type aliases, not RootModel classes (a list of str stays a list of str)
    "--use-type-alias",
    "--formatters=builtin",
]
RUFF_ARGS = ["--isolated", "--line-length", "120", "--target-version", "py311"]


def header(spec_name: str, command: str) -> str:
    """The "do not edit" header of a models module generated from ``specs/<spec_name>`` by ``command``."""
    return (
        f"# Generated from specs/{spec_name} by datamodel-code-generator (pydantic v2 models): do not edit.\n"
        f"# Regenerate with `{command}` (`--check` to verify it is up to date).\n"
        "# ruff: noqa: E501"
    )


def render(spec: Path, file_header: str, extra_options: Sequence[str] = ()) -> str:
    """One models module's text, as ``spec`` generates it."""
    with tempfile.TemporaryDirectory(prefix="server-models-") as scratch:
        out = Path(scratch) / "models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={spec}",
                f"--output={out}",
                f"--custom-file-header={file_header}",
                *OPTIONS,
                *extra_options,
            ],
            check=True,
        )
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", str(out)], check=False)
        subprocess.run([*ruff, "format", *RUFF_ARGS, "--quiet", str(out)], check=True)
        return out.read_text(encoding="utf-8")


def write_or_check(path: Path, text: str, *, check: bool) -> bool:
    """Write ``text`` to ``path`` (or, with ``check``, only compare); prints what happened; False when stale."""
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if check:
        print(f"{path.name}: {'up to date' if text == current else 'out of date'}")
        return text == current
    if text != current:
        path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {'unchanged' if text == current else 'written'}")
    return True
