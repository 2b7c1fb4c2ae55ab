"""``python -m codegen [api ...] [--check] [--lint-only] [--specs DIR] [--generated DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import run
from .specs import GENERATED_DIR, SPECS_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("apis", nargs="*", help="short names (zaqar) or spec file stems; default: every spec")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if generated/ is not up to date")
    parser.add_argument("--lint-only", action="store_true", help="validate and lint the specs, generate nothing")
    # Another tree than the repository's (tests run the real command on a broken copy of a spec).
    parser.add_argument("--specs", type=Path, default=SPECS_DIR, help="the specs folder (default: specs/)")
    parser.add_argument("--generated", type=Path, default=GENERATED_DIR, help="the output folder (default: generated/)")
    args = parser.parse_args(argv)
    return run(
        args.apis, check=args.check, lint_only=args.lint_only, specs_dir=args.specs, generated_dir=args.generated
    )


if __name__ == "__main__":
    sys.exit(main())
