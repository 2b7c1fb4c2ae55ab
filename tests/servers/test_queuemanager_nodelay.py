"""The queueManager server's connections have TCP_NODELAY whatever socket they were accepted on: asyncio sets it
only when the listening socket says IPPROTO_TCP, and a pre-bound ``socket(AF_INET, SOCK_STREAM)`` says 0 (the
emulators' 40 ms delayed-ACK stall per call came from such a socket). ``python -m bench.nodelay`` times both."""

from __future__ import annotations

import socket

import httpx
import pytest
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from mqclients.servers.queuemanager.connections import guarded_protocol
from servers.asgi_thread import protocol_zero_socket, serving, small_json_answer


def _nodelay_of_open_connections(server: uvicorn.Server) -> list[int]:
    sockets = [c.transport.get_extra_info("socket") for c in server.server_state.connections]
    return [s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets if s is not None]


@pytest.mark.parametrize(("protocol", "expected"), [(guarded_protocol(16, 5.0), 1), (H11Protocol, 0)])
def test_accepted_connections_get_nodelay_from_the_server_not_from_the_listening_socket(
    protocol: type[H11Protocol], expected: int
) -> None:
    sock = protocol_zero_socket()
    assert sock.proto == 0
    with serving(small_json_answer, protocol, sock) as (server, url), httpx.Client(base_url=url, timeout=5) as client:
        assert client.get("/").json() == {"result": 0}  # the connection stays open (keep-alive)
        flags = _nodelay_of_open_connections(server)
    assert flags == [expected]  # uvicorn's own protocol on the same socket: Nagle on (what the fix is for)
