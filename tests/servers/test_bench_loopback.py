"""The benchmarks' canned server: answers from a process of its own (the measured process runs its clients alone),
and that process is gone when the block ends."""

from __future__ import annotations

import os

import httpx
import pytest

from bench.loopback import canned_server


@pytest.mark.parametrize("own_process", [True, False])
def test_the_canned_server_answers_from_where_it_was_asked_to_run(own_process: bool) -> None:
    with canned_server(lambda method, path: (200, {"pid": os.getpid(), "path": path}), own_process=own_process) as url:
        answer = httpx.get(f"{url}/v2/x?limit=1").json()
    assert answer["path"] == "/v2/x"
    assert (answer["pid"] != os.getpid()) is own_process
    if own_process:  # reaped: no such process any more (a zombie would still answer to kill 0)
        with pytest.raises(ProcessLookupError):
            os.kill(answer["pid"], 0)
