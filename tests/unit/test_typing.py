"""Static types seen by a user's type checker: models, not Any; wrong arguments are caught before run time."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[2]
SNIPPET = """
from mqclients.zaqar import Zaqar
zq = Zaqar("http://127.0.0.1:9", project_id="p")
reveal_type(zq.get_queue("q"))
reveal_type(zq.list_queues())
for q in zq.list_queues():
    reveal_type(q)
zq.get_queue(42)
from mqclients.zaqar_api.models import NewMessage
zq.post_messages("q", messages=[NewMessage(body=1)])
zq.post_messages("q", body={"messages": [{"body": 1}]})
zq.post_messages("q", messages="not a list")
zq.post_messages("q")
"""


@pytest.mark.slow
def test_mypy_sees_generated_models_and_rejects_wrong_arguments(tmp_path: Path) -> None:
    snippet = tmp_path / "usage.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    out, err, _status = api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(snippet),
        ]
    )
    lines = out.splitlines()
    revealed = [line.split("Revealed type is ", 1)[1] for line in lines if "Revealed type is" in line]
    assert revealed == [
        '"mqclients.zaqar_api.models.queue_metadata.QueueMetadata"',
        '"mqclients._core.pagination.SyncPager[mqclients.zaqar_api.models.queue.Queue, '
        'mqclients.zaqar_api.models.queue_list.QueueList]"',
        '"mqclients.zaqar_api.models.queue.Queue"',
    ], out + err
    errors = [line for line in lines if ": error:" in line]
    assert any("get_queue" in e and '"int"' in e for e in errors), out
    # keyword fields and body= (a model or a mapping) type-check; a wrong field type or a missing required field not
    assert not any(":10:" in e or ":11:" in e for e in errors), out
    assert any(":12:" in e and "post_messages" in e for e in errors), out
    assert any(":13:" in e and "post_messages" in e for e in errors), out
