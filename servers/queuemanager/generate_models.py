"""Generate servers/queuemanager/models.py from specs/queuemanager.yaml with datamodel-code-generator.

``python -m servers.queuemanager.generate_models`` rewrites the file; ``--check`` writes nothing and fails when the
file is not what the spec generates. The output is deterministic (no timestamp, one formatter configuration), so
running it twice changes nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC = ROOT / "specs" / "queuemanager.yaml"
MODELS = ROOT / "shipped" / "mqclients" / "servers" / "queuemanager" / "models.py"

HEADER = """\
# Generated from specs/queuemanager.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.queuemanager.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501"""

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


def render() -> str:
    """The models module's text, as the spec generates it."""
    with tempfile.TemporaryDirectory(prefix="qm-models-") as scratch:
        out = Path(scratch) / "models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={SPEC}",
                f"--output={out}",
                f"--custom-file-header={HEADER}",
                *OPTIONS,
            ],
            check=True,
        )
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", str(out)], check=False)
        subprocess.run([*ruff, "format", *RUFF_ARGS, "--quiet", str(out)], check=True)
        return out.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m servers.queuemanager.generate_models", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if models.py is not up to date")
    args = parser.parse_args(argv)
    text = render()
    current = MODELS.read_text(encoding="utf-8") if MODELS.exists() else None
    if args.check:
        print(f"{MODELS.name}: {'up to date' if text == current else 'out of date'}")
        return 0 if text == current else 1
    if text != current:
        MODELS.write_text(text, encoding="utf-8")
    print(f"{MODELS.name}: {'unchanged' if text == current else 'written'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
