"""The network backend under a client's connection pools that clamps every connect, read and write to the running
call's deadline (see ``deadline``). Loaded with the first client rather than with ``import mqclients.<api>``:
it subclasses httpcore's classes, and httpx itself loads httpcore only when a client is built.
"""

from __future__ import annotations

import typing

import httpcore
import httpx

from . import blocking
from .deadline import clamped


class _SyncStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        # passed through with no frame of ours: the pool asks it twice per request (is the connection readable?)
        self.get_extra_info = inner.get_extra_info  # type: ignore[method-assign]

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamped(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clamped(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: typing.Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _SyncStream(
            self._inner.start_tls(ssl_context, server_hostname, clamped(timeout, httpcore.ConnectTimeout))
        )


# The async methods below take ``timeout`` because httpcore's backend interface does (ASYNC109 does not apply).
class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self.get_extra_info = inner.get_extra_info  # type: ignore[method-assign]  # as _SyncStream's

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        return await self._inner.read(max_bytes, clamped(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        await self._inner.write(buffer, clamped(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(ssl_context, server_hostname, clamped(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(inner)


class DeadlineBackend(httpcore.NetworkBackend):
    """A sync network backend whose every connect, read and write ends by the running call's deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        # The sync backend resolves the name with getaddrinfo, which no timeout bounds: resolve it here, within
        # the time the call has left, and connect to each address in turn as socket.create_connection would.
        # (The async backend resolves in a thread it stops waiting for at its timeout.)
        try:
            addresses = blocking.resolve(host, port, clamped(timeout, httpcore.ConnectTimeout))
        except blocking.WaitExpired as exc:
            raise httpcore.ConnectTimeout(f"resolving {host} did not finish in time") from exc
        except OSError as exc:
            raise httpcore.ConnectError(f"resolving {host} failed ({type(exc).__name__})") from exc
        failure: Exception = httpcore.ConnectError(f"{host} resolved to no address")
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, clamped(timeout, httpcore.ConnectTimeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            return _SyncStream(stream)
        raise failure

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        timeout = clamped(timeout, httpcore.ConnectTimeout)
        return _SyncStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class AsyncDeadlineBackend(httpcore.AsyncNetworkBackend):
    """The async ``DeadlineBackend``."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        timeout = clamped(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def bound_client_io(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Put the deadline backend under every connection pool of ``http``; ``False`` if none could be reached.

    httpx builds its pools itself (with the proxies from the environment) and offers no hook for the network
    backend, so this wraps the backend of each pool it made. A transport of the caller's own (``http_transport=``,
    e.g. ``httpx.MockTransport``) is left alone: there the per-chunk deadline check of the body reader still holds.
    """
    transports = [getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values()]
    bounded = False
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(pool, httpcore.ConnectionPool) and isinstance(backend, httpcore.NetworkBackend):
            if not isinstance(backend, DeadlineBackend):
                pool._network_backend = DeadlineBackend(backend)
            bounded = True
        elif isinstance(pool, httpcore.AsyncConnectionPool) and isinstance(backend, httpcore.AsyncNetworkBackend):
            if not isinstance(backend, AsyncDeadlineBackend):
                pool._network_backend = AsyncDeadlineBackend(backend)
            bounded = True
    return bounded
