"""The Zaqar emulator answers as the real Zaqar server: one scenario (tests/emulators/zaqar_scenario.py, 61 requests
over queues, metadata, json-patch, stats, paging links, echo, claims, pop, purge, subscriptions, pre-signed URLs and
the documented errors) runs against both, and every answer must be equal after normalizing what cannot match:

- ids (message, claim, subscription ids): numbered in order of first appearance, so the same id must appear at the
  same places in both;
- times (``age``, ``created``, ``expires``, ...) and the pre-signed URL's ``signature`` (keyed by each server's
  own secret): their presence is compared, not their value;
- error descriptions: the status and the ``title`` are compared, the English sentence is not.

Accepted differences beyond those: none (``ACCEPTED`` lists any, each with its reason).
"""

from __future__ import annotations

import uuid

from mqclients.emulators.runner import ThreadedServer
from mqclients.emulators.zaqar import ZaqarBackend, create_app
from servers.zaqar_local import LocalZaqar
from tests.emulators.zaqar_scenario import run, steps

# request line -> why its answers may differ; empty: every answer matches.
ACCEPTED: dict[str, str] = {}


def test_emulator_answers_every_step_as_the_real_server(zaqar_server: LocalZaqar) -> None:
    project = f"diff-{uuid.uuid4().hex[:8]}"
    real = run(zaqar_server.endpoint, project)
    with ThreadedServer(create_app(ZaqarBackend())) as emulator:
        emulated = run(emulator.url, project)
    assert len(real) == len(emulated) == len(list(steps())) == 61
    differences = [
        (mine[0], theirs, mine)
        for theirs, mine in zip(real, emulated, strict=True)
        if theirs != mine and mine[0] not in ACCEPTED
    ]
    assert differences == [], "\n".join(f"{line}\n  real:     {r}\n  emulator: {e}" for line, r, e in differences)
