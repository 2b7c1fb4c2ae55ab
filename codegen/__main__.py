"""``python -m codegen [api ...] [--check] [--lint-only]``."""

from __future__ import annotations

import argparse
import sys

from .pipeline import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("apis", nargs="*", help="short names (zaqar) or spec file stems; default: every spec")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if generated/ is not up to date")
    parser.add_argument("--lint-only", action="store_true", help="validate and lint the specs, generate nothing")
    args = parser.parse_args(argv)
    return run(args.apis, check=args.check, lint_only=args.lint_only)


if __name__ == "__main__":
    sys.exit(main())
