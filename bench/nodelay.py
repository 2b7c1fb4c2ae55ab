"""TCP_NODELAY on the queueManager server's connections: per-call latency of a small request/response pair through
the server's connection protocol and through uvicorn's plain h11 protocol, both on a listening socket of protocol 0
(pre-bound or inherited, where asyncio does not set TCP_NODELAY itself), interleaved in one run.

    make bench        (or: python -m bench.nodelay [--rounds N])
"""

from __future__ import annotations

import argparse
import contextlib
import functools
from collections.abc import Callable

import httpx
from uvicorn.protocols.http.h11_impl import H11Protocol

from bench.common import interleaved, table
from mqclients.servers.queuemanager.connections import guarded_protocol
from servers.asgi_thread import protocol_zero_socket, serving, small_json_answer


def _call(client: httpx.Client, body: dict[str, object]) -> object:
    return client.post("/rpc", json=body).json()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=100)
    args = parser.parse_args()
    protocols: dict[str, type[H11Protocol]] = {
        "queueManager protocol (TCP_NODELAY set)": guarded_protocol(64, 10.0),
        "uvicorn h11 protocol (Nagle on)": H11Protocol,
    }
    body = {"jsonrpc": "2.0", "id": 1, "method": "qm.size", "params": {"queue_name": "q"}}
    with contextlib.ExitStack() as stack:
        calls: dict[str, Callable[[], object]] = {}
        for name, protocol in protocols.items():
            _, url = stack.enter_context(serving(small_json_answer, protocol, protocol_zero_socket()))
            client = stack.enter_context(httpx.Client(base_url=url, timeout=5))
            calls[name] = functools.partial(_call, client, body)
        medians = interleaved(calls, args.rounds, warmup=5)
    fast = medians["queueManager protocol (TCP_NODELAY set)"]
    print(
        table(
            f"small request/response per call, median of {args.rounds} interleaved calls, protocol-0 socket",
            ("server connection protocol", "ms", "/ with TCP_NODELAY"),
            [(name, f"{t * 1e3:.2f}", f"{t / fast:.1f}x") for name, t in medians.items()],
        )
    )


if __name__ == "__main__":
    main()
