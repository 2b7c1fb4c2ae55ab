"""Generate the emulators' request models (shipped/mqclients/emulators/*_models.py) from the specs with
datamodel-code-generator: the same spec file describes both ends of the wire.

``python -m servers.emulators.generate_models`` rewrites the files; ``--check`` writes nothing and fails when one is
not what its spec generates. The options are the queueManager server's (strict nullability, literals for enums),
plus the ``paths``/``parameters`` scopes, so query parameters get models too (their names come from the path).
Deterministic: no timestamp, one formatter configuration.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from servers.queuemanager.generate_models import OPTIONS, RUFF_ARGS

ROOT = Path(__file__).resolve().parent.parent.parent
OUT_DIR = ROOT / "shipped" / "mqclients" / "emulators"
# emulator models module -> the spec it is generated from
TARGETS = {
    "dms_models.py": "huawei-dms-v1.yaml",
    "cmq_models.py": "tencent-cmq.yaml",
    "rocketmq_models.py": "huawei-rocketmq.yaml",
    "zaqar_models.py": "openstack-zaqar-v2.yaml",
}
SCOPES = ["--openapi-scopes", "schemas", "paths", "parameters"]


def render(spec_name: str) -> str:
    """One models module's text, as its spec generates it."""
    header = (
        f"# Generated from specs/{spec_name} by datamodel-code-generator (pydantic v2 models): do not edit.\n"
        "# Regenerate with `python -m servers.emulators.generate_models` (`--check` to verify it is up to date).\n"
        "# ruff: noqa: E501"
    )
    with tempfile.TemporaryDirectory(prefix="emulator-models-") as scratch:
        out = Path(scratch) / "models.py"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                f"--input={ROOT / 'specs' / spec_name}",
                f"--output={out}",
                f"--custom-file-header={header}",
                *OPTIONS,
                *SCOPES,
            ],
            check=True,
        )
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", str(out)], check=False)
        subprocess.run([*ruff, "format", *RUFF_ARGS, "--quiet", str(out)], check=True)
        return out.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m servers.emulators.generate_models", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if a models module is not up to date")
    args = parser.parse_args(argv)
    stale = 0
    for module, spec_name in TARGETS.items():
        path = OUT_DIR / module
        text = render(spec_name)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if args.check:
            stale += text != current
            print(f"{module}: {'up to date' if text == current else 'out of date'}")
        else:
            if text != current:
                path.write_text(text, encoding="utf-8")
            print(f"{module}: {'unchanged' if text == current else 'written'}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
