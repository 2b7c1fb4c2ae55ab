"""Zaqar benchmarks: per-call latency against raw httpx (the floor) and openstacksdk (the peer) on one real local
server in one run, and import time beside httpx and openstack.

    make bench        (or: python -m bench.zaqar [--rounds N])
"""

from __future__ import annotations

import argparse
import uuid
from typing import Any

import httpx

from bench.common import import_seconds, interleaved, table
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.models import NewMessage, PostMessagesRequest
from servers.zaqar_local import running_zaqar

PROJECT = "bench"


def openstack_message_proxy(endpoint: str, client_id: str) -> Any:
    """openstacksdk's ``conn.message`` on an auth-less server: a no-auth plugin that knows the project."""
    import openstack
    from keystoneauth1 import noauth
    from keystoneauth1 import session as ks_session

    class ProjectNoAuth(noauth.NoAuth):
        def get_project_id(self, session: Any, **kwargs: Any) -> str:
            return PROJECT

    conn = openstack.connection.Connection(
        session=ks_session.Session(auth=ProjectNoAuth()), messaging_endpoint_override=endpoint
    )
    return conn.message


def client_overhead(rounds: int) -> dict[str, float]:
    """Seconds per call with no server at all (httpx.MockTransport answering in-process): the client's own cost."""
    metadata = {"_default_message_ttl": 3600, "_max_messages_post_size": 262144, "_default_message_delay": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=metadata)

    transport = httpx.MockTransport(answer)
    headers = {"Client-ID": str(uuid.uuid4()), "X-Project-ID": PROJECT}
    raw = httpx.Client(base_url="http://127.0.0.1:9", headers=headers, transport=transport)
    zq = Zaqar("http://127.0.0.1:9", project_id=PROJECT, http_transport=transport)
    return interleaved(
        {
            "raw httpx": lambda: raw.get("/v2/queues/bench").json(),
            "mqclients": lambda: zq.get_queue("bench"),
        },
        rounds,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300, help="timed calls per candidate and operation")
    args = parser.parse_args()

    with running_zaqar() as server:
        client_id = str(uuid.uuid4())
        headers = {"Client-ID": client_id, "X-Project-ID": PROJECT}
        raw = httpx.Client(base_url=server.endpoint, headers=headers)
        zq = Zaqar(server.endpoint, project_id=PROJECT, client_id=client_id)
        peer = openstack_message_proxy(server.endpoint, client_id)
        zq.create_queue("bench")
        body = {"messages": [{"body": {"n": 1}, "ttl": 300}]}
        request = PostMessagesRequest([NewMessage(body={"n": 1}, ttl=300)])

        get = interleaved(
            {
                "raw httpx": lambda: raw.get("/v2/queues/bench").raise_for_status(),
                "mqclients": lambda: zq.get_queue("bench"),
                "openstacksdk": lambda: peer.get_queue("bench"),
            },
            args.rounds,
        )
        post = interleaved(
            {
                "raw httpx": lambda: raw.post("/v2/queues/bench/messages", json=body).raise_for_status(),
                "mqclients": lambda: zq.post_messages("bench", body=request),
                "openstacksdk": lambda: peer.post_message("bench", [{"body": {"n": 1}, "ttl": 300}]),
            },
            args.rounds,
        )
        zq.delete_queue("bench")
        zq.close()
        raw.close()

    rows = []
    for name in ("raw httpx", "mqclients", "openstacksdk"):
        rows.append(
            (
                name,
                f"{get[name] * 1e3:.2f}",
                f"{get[name] / get['raw httpx']:.2f}x",
                f"{post[name] * 1e3:.2f}",
                f"{post[name] / post['raw httpx']:.2f}x",
            )
        )
    print(
        table(
            f"Zaqar per-call latency, median of {args.rounds} interleaved calls on one local server "
            "(openstacksdk: get_queue and post_message, the nearest calls it has)",
            ("client", "GET ms", "GET / httpx", "POST ms", "POST / httpx"),
            rows,
        )
    )
    print()
    overhead = client_overhead(args.rounds * 10)
    print(
        table(
            f"Client-side cost per get_queue, no server (httpx.MockTransport), median of {args.rounds * 10} calls",
            ("client", "us per call", "/ httpx", "added us"),
            [
                (
                    name,
                    f"{t * 1e6:.0f}",
                    f"{t / overhead['raw httpx']:.2f}x",
                    f"{(t - overhead['raw httpx']) * 1e6:.0f}",
                )
                for name, t in overhead.items()
            ],
        )
    )
    print()
    imports = {name: import_seconds(name) for name in ("httpx", "mqclients.zaqar", "openstack")}
    print(
        table(
            "Import time, median of 7 fresh interpreters",
            ("module", "ms", "/ httpx"),
            [(m, f"{s * 1e3:.0f}", f"{s / imports['httpx']:.2f}x") for m, s in imports.items()],
        )
    )


if __name__ == "__main__":
    main()
