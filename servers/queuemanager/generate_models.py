"""Generate the queueManager server's request models (shipped/.../queuemanager/models.py) from
specs/queuemanager.yaml with datamodel-code-generator (``servers.server_models``).

``python -m servers.queuemanager.generate_models`` rewrites the file; ``--check`` writes nothing and fails when the
file is not what the spec generates.
"""

from __future__ import annotations

import argparse
import sys

from codegen.specs import ROOT
from servers.server_models import header, render, write_or_check

SPEC = ROOT / "specs" / "queuemanager.yaml"
MODELS = ROOT / "shipped" / "mqclients" / "servers" / "queuemanager" / "models.py"
HEADER = header("queuemanager.yaml", "python -m servers.queuemanager.generate_models")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m servers.queuemanager.generate_models", description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if models.py is not up to date")
    args = parser.parse_args(argv)
    return 0 if write_or_check(MODELS, render(SPEC, HEADER), check=args.check) else 1


if __name__ == "__main__":
    sys.exit(main())
