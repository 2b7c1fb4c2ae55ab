"""Generate the emulators' request models (shipped/mqclients/emulators/*_models.py) from the specs with
datamodel-code-generator: the same spec file describes both ends of the wire.

``python -m servers.emulators.generate_models`` rewrites the files; ``--check`` writes nothing and fails when one is
not what its spec generates. The options are the shared ones of ``servers.server_models`` (strict nullability,
literals for enums), plus the ``paths``/``parameters`` scopes, so query parameters get models too (their names come
from the path).
"""

from __future__ import annotations

import argparse
import sys

from codegen.specs import ROOT
from servers.server_models import header, render, write_or_check

OUT_DIR = ROOT / "shipped" / "mqclients" / "emulators"
# emulator models module -> the spec it is generated from
TARGETS = {
    "dms_models.py": "huawei-dms-v1.yaml",
    "cmq_models.py": "tencent-cmq.yaml",
    "rocketmq_models.py": "huawei-rocketmq.yaml",
    "zaqar_models.py": "openstack-zaqar-v2.yaml",
}
SCOPES = ["--openapi-scopes", "schemas", "paths", "parameters"]
COMMAND = "python -m servers.emulators.generate_models"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="write nothing; fail if a models module is not up to date")
    args = parser.parse_args(argv)
    fresh = [
        write_or_check(OUT_DIR / module, render(ROOT / "specs" / spec, header(spec, COMMAND), SCOPES), check=args.check)
        for module, spec in TARGETS.items()
    ]
    return 0 if all(fresh) else 1


if __name__ == "__main__":
    sys.exit(main())
