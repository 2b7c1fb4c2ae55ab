"""Pins of the deadline network backend and the blocking-work pool that mutation testing found unchecked: a failed
name lookup, an address that refuses (the next one is tried), every address refusing, a work item's own
``TimeoutError``, and which connection pools ``bound_client_io`` takes over."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpcore
import httpx
import pytest

from mqclients._core import blocking
from mqclients._core.deadline_io import AsyncDeadlineBackend, DeadlineBackend, bound_client_io


class _Stream(httpcore.NetworkStream):
    def __init__(self, address: str) -> None:
        self.address = address

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        return None

    def close(self) -> None:
        return None

    def get_extra_info(self, info: str) -> Any:
        return self.address if info == "address" else None


class _Refusing(httpcore.NetworkBackend):
    """Refuses the addresses in ``refused``, connects to the others; records every attempt."""

    def __init__(self, refused: set[str]) -> None:
        self.refused = refused
        self.attempts: list[str] = []

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        self.attempts.append(host)
        if host in self.refused:
            raise httpcore.ConnectError(f"{host} refused")
        return _Stream(host)


def _resolves_to(monkeypatch: pytest.MonkeyPatch, *addresses: str) -> None:
    def fake_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in addresses]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)


def test_an_address_that_refuses_is_skipped_for_the_next_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolves_to(monkeypatch, "10.0.0.1", "10.0.0.2", "10.0.0.3")
    inner = _Refusing({"10.0.0.1"})
    stream = DeadlineBackend(inner).connect_tcp("mq.example", 443, timeout=5.0)
    assert stream.get_extra_info("address") == "10.0.0.2"
    assert inner.attempts == ["10.0.0.1", "10.0.0.2"]


def test_when_every_address_refuses_the_last_refusal_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolves_to(monkeypatch, "10.0.0.1", "10.0.0.2")
    inner = _Refusing({"10.0.0.1", "10.0.0.2"})
    with pytest.raises(httpcore.ConnectError, match=r"10\.0\.0\.2 refused"):
        DeadlineBackend(inner).connect_tcp("mq.example", 443, timeout=5.0)
    assert inner.attempts == ["10.0.0.1", "10.0.0.2"]


def test_a_name_that_resolves_to_nothing_is_a_connect_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _resolves_to(monkeypatch)
    with pytest.raises(httpcore.ConnectError, match=r"mq\.example resolved to no address"):
        DeadlineBackend(_Refusing(set())).connect_tcp("mq.example", 443, timeout=5.0)


def test_a_failed_name_lookup_is_a_connect_error_naming_the_host(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_getaddrinfo(host: str, port: int, **kwargs: Any) -> list[Any]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", failing_getaddrinfo)
    inner = _Refusing(set())
    with pytest.raises(httpcore.ConnectError, match=r"resolving mq\.example failed \(gaierror\)") as raised:
        DeadlineBackend(inner).connect_tcp("mq.example", 443, timeout=5.0)
    assert isinstance(raised.value.__cause__, socket.gaierror)
    assert inner.attempts == []


def test_the_work_s_own_timeout_error_is_raised_as_it_is() -> None:
    def own_timeout() -> None:
        raise TimeoutError("the work's own")

    with pytest.raises(TimeoutError, match="the work's own") as raised:
        blocking.wait_for(own_timeout, 5.0)
    assert not isinstance(raised.value, blocking.WaitExpired)


class _DuckBackend:
    """A network backend that does not subclass httpcore's base class."""


def test_only_httpcore_pools_over_httpcore_backends_are_taken_over() -> None:
    with httpx.Client(verify=False) as http:  # noqa: S501 - nothing is sent; skips loading CA certificates
        pool = http._transport._pool  # type: ignore[attr-defined]
        pool._network_backend = _DuckBackend()
        assert bound_client_io(http) is False
        assert isinstance(pool._network_backend, _DuckBackend)


def test_a_pool_like_object_of_a_callers_transport_is_left_alone() -> None:
    class OwnTransport(httpx.BaseTransport):
        def __init__(self) -> None:
            self._pool = type("Pool", (), {})()
            self._pool._network_backend = httpcore.SyncBackend()

    transport = OwnTransport()
    with httpx.Client(transport=transport) as http:
        assert bound_client_io(http) is False
        assert isinstance(transport._pool._network_backend, httpcore.SyncBackend)


def test_only_async_httpcore_pools_over_async_backends_are_taken_over() -> None:
    class OwnTransport(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self._pool = type("Pool", (), {})()
            self._pool._network_backend = httpcore.AnyIOBackend()

    async def scenario() -> None:
        async with httpx.AsyncClient(verify=False) as http:  # noqa: S501 - nothing is sent
            pool = http._transport._pool  # type: ignore[attr-defined]
            pool._network_backend = _DuckBackend()
            assert bound_client_io(http) is False
            assert isinstance(pool._network_backend, _DuckBackend)
        transport = OwnTransport()
        async with httpx.AsyncClient(transport=transport) as http:
            assert bound_client_io(http) is False
            assert isinstance(transport._pool._network_backend, httpcore.AnyIOBackend)
        async with httpx.AsyncClient(verify=False) as http:  # noqa: S501 - the usual case, for contrast
            assert bound_client_io(http) is True
            assert isinstance(http._transport._pool._network_backend, AsyncDeadlineBackend)  # type: ignore[attr-defined]

    asyncio.run(scenario())
