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


def test_a_facade_loads_a_returned_model_on_first_use_and_keeps_it() -> None:
    code = (
        "import sys\n"
        "from mqclients._core.facade import LazyModels\n"
        "models = LazyModels('mqclients.zaqar_api.models')\n"
        "before = 'mqclients.zaqar_api.models.queue_stats' in sys.modules\n"
        "cls = models.QueueStats\n"
        "after = 'mqclients.zaqar_api.models.queue_stats' in sys.modules\n"
        "from mqclients.zaqar_api.models.queue_stats import QueueStats\n"
        # kept as a plain attribute: the next use costs an attribute read, not an import
        "print(before, after, cls is QueueStats, vars(models).get('QueueStats') is QueueStats)\n"
        "try:\n"
        "    models.NoSuchModel\n"
        "except AttributeError as exc:\n"
        "    print('NoSuchModel' in str(exc))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["False", "True", "True", "True", "True"]


def test_lazy_models_keep_a_loaded_model_as_a_plain_attribute() -> None:
    from mqclients._core.facade import LazyModels
    from mqclients.zaqar_api.models.queue_stats import QueueStats

    models = LazyModels("mqclients.zaqar_api.models")
    assert "QueueStats" not in vars(models)
    assert models.QueueStats is QueueStats
    assert vars(models)["QueueStats"] is QueueStats  # the next use reads the attribute, no import machinery
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
