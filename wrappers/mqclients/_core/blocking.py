"""Blocking work a call cannot bound by itself, run in a small pool of worker threads so the caller waits no longer
than it may: host name resolution (``getaddrinfo`` takes no timeout) and a library's own I/O (a keystoneauth token
fetch). Work that outlives its wait finishes in the background; the pool's few threads bound how much can.
"""

from __future__ import annotations

import concurrent.futures
import ipaddress
import socket
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

MAX_WORKERS = 8

_lock = threading.Lock()
_pool: concurrent.futures.ThreadPoolExecutor | None = None


def worker_pool() -> concurrent.futures.ThreadPoolExecutor:
    """The shared pool, made on first use (most programs never need it)."""
    global _pool
    with _lock:
        if _pool is None:
            _pool = concurrent.futures.ThreadPoolExecutor(MAX_WORKERS, thread_name_prefix="mqclients-blocking")
        return _pool


class WaitExpired(Exception):
    """The wait for work in the pool ended before the work did (the work's own ``TimeoutError`` is not this)."""


def wait_for(fn: Callable[[], T], timeout: float | None) -> T:
    """``fn()`` run in the pool, waited for ``timeout`` seconds at most (``None``: no limit): its result or its
    exception, or ``WaitExpired`` when the wait ends first."""
    future = worker_pool().submit(fn)
    try:
        return future.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        if future.done():
            raise  # fn's own
        raise WaitExpired(f"still running after {timeout} s") from None


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def resolve(host: str, port: int, timeout: float | None) -> list[str]:
    """The addresses ``host`` resolves to for a TCP connection, in the resolver's order, within ``timeout`` (an IP
    address is its own answer, without a lookup); ``WaitExpired`` when the lookup takes longer,
    ``OSError`` (``socket.gaierror``) when it fails."""
    if is_ip_literal(host):
        return [host.strip("[]")]
    infos = wait_for(lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout)
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = str(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    return addresses
