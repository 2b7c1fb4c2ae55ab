"""``make demo`` runs examples.emulators_demo: all five quickstarts end, against servers the demo starts and stops."""

from __future__ import annotations

import pytest

from examples import emulators_demo


def test_the_demo_runs_every_quickstart(capsys: pytest.CaptureFixture[str]) -> None:
    emulators_demo.main()
    out = capsys.readouterr().out
    for heading in ("1. Huawei DMS", "2. Tencent CMQ", "3. Huawei RocketMQ", "4. OpenStack Zaqar", "5. queueManager"):
        assert heading in out
    assert "consumed and acked 25 messages" in out
    assert "['order 1 paid', 'direct 0', 'direct 1', 'direct 2']" in out
    assert "CREATING -> RUNNING" in out
    assert "consumed ['a', 'b', 'c']" in out
    assert "every server stopped" in out
