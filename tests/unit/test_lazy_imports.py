"""Importing a client loads no generated model or endpoint module: import time does not grow with the spec."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import {module}
prefixes = ("mqclients.{package}.models.", "mqclients.{package}.api.")
loaded = sorted(m for m in sys.modules if m.startswith(prefixes))
print(json.dumps(loaded))
"""


@pytest.mark.parametrize(
    ("module", "package", "allowed"),
    [
        ("mqclients.rocketmq", "rocketmq_api", set()),
        ("mqclients.zaqar", "zaqar_api", set()),
        ("mqclients.dms", "dms_api", set()),
    ],
)
def test_importing_a_client_loads_no_models_or_endpoints(module: str, package: str, allowed: set[str]) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(module=module, package=package)], check=True, capture_output=True, text=True
    ).stdout
    loaded = json.loads(out)
    unexpected = [m for m in loaded if m.rsplit(".", 1)[1] not in allowed]
    assert unexpected == []


def test_a_model_loads_on_first_use() -> None:
    code = (
        "import sys; from mqclients.rocketmq_api.models import TopicSummary; "
        "print('mqclients.rocketmq_api.models.topic_summary' in sys.modules, TopicSummary.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["True", "TopicSummary"]
