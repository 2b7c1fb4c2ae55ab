"""Redaction and the call deadline at their edges: the 4-character threshold of ``scrub``, blank parameters,
credentials in a URL, name matching; the deadline's ``allows``/``clamp`` boundaries and the socket operations it
cuts short (sync and async twins)."""

from __future__ import annotations

import math
import ssl
from typing import Any

import attrs
import httpcore
import httpx
import pytest

from mqclients._core import deadline as deadline_module
from mqclients._core.deadline import Deadline, call_deadline, current
from mqclients._core.deadline_io import AsyncDeadlineBackend, DeadlineBackend
from mqclients._core.errors import ValidationError
from mqclients._core.redact import (
    REDACTED,
    is_sensitive,
    model_secrets,
    redact_form,
    redact_headers,
    redact_url,
    scrub,
    secret_variants,
)

_TLS = ssl.create_default_context()

# -- redaction ----------------------------------------------------------------------------------------------------


def test_scrub_replaces_secrets_of_four_characters_and_more_only() -> None:
    assert scrub("key abcd in text abcd", ["abcd"]) == f"key {REDACTED} in text {REDACTED}"
    assert scrub("key abc in text", ["abc"]) == "key abc in text"
    assert scrub("nothing here", ["", "zzzz"]) == "nothing here"
    assert scrub("a-secret and b-secret", ["a-secret", "b-secret"]) == f"{REDACTED} and {REDACTED}"


@pytest.mark.parametrize(
    "name",
    ["Authorization", " x-auth-token ", "X-Security-Token", "my_api_token", "client-secret", "db_password",
     "request-signature", "x-api-key", "access_key", "SK"],
)  # fmt: skip
def test_sensitive_names_by_list_and_suffix_whatever_the_case(name: str) -> None:
    assert is_sensitive(name)


@pytest.mark.parametrize("name", ["content-type", "queue_name", "keyword", "tokens", "x-request-id", "skip"])
def test_ordinary_names_are_not_sensitive(name: str) -> None:
    assert not is_sensitive(name)


def test_headers_are_copied_with_secrets_replaced() -> None:
    original = {"Authorization": "Bearer abc", "Accept": "application/json"}
    assert redact_headers(original) == {"Authorization": REDACTED, "Accept": "application/json"}
    assert original["Authorization"] == "Bearer abc"


def test_redact_url_keeps_blank_parameters_and_the_rest_of_the_url() -> None:
    assert redact_url("https://h/p?token=abc&empty=&q=1#frag") == f"https://h/p?token={REDACTED}&empty=&q=1#frag"
    assert redact_url("https://h/p?token=&q=1") == f"https://h/p?token={REDACTED}&q=1"
    assert redact_url("https://h/p?a=1&b=") == "https://h/p?a=1&b="  # nothing sensitive: left as written
    assert redact_url("https://h/p") == "https://h/p"


def test_redact_url_hides_user_and_password() -> None:
    assert redact_url("https://user:pw@host:5000/p") == f"https://{REDACTED}@host:5000/p"
    assert redact_url("https://a@b:pw@host/p") == f"https://{REDACTED}@host/p"


def test_redact_form_keeps_blank_fields() -> None:
    assert redact_form("Action=Send&Signature=abc&note=") == f"Action=Send&Signature={REDACTED}&note="


# -- deadline -----------------------------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(deadline_module, "time", fake)
    return fake


def test_allows_a_delay_only_strictly_inside_the_time_left(clock: Clock) -> None:
    deadline = Deadline(clock.now + 5.0, httpx.Timeout(1.0))
    assert deadline.remaining() == 5.0
    assert deadline.allows(4.99)
    assert not deadline.allows(5.0)


def test_clamped_cuts_timeouts_to_the_time_left_and_refuses_when_none_is_left(clock: Clock) -> None:
    assert deadline_module.clamped(3.0, httpcore.ReadTimeout) == 3.0  # no call running: as given
    assert deadline_module.clamped(None, httpcore.ReadTimeout) is None
    deadline = Deadline(clock.now + 5.0, httpx.Timeout(30.0, connect=2.0))
    assert deadline.request_timeouts() == {"connect": 2.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    with deadline.active():
        assert deadline_module.clamped(None, httpcore.ReadTimeout) == 5.0
        assert deadline_module.clamped(3.0, httpcore.ReadTimeout) == 3.0
        assert deadline_module.clamped(9.0, httpcore.ReadTimeout) == 5.0
        assert deadline_module.clamped(5.0, httpcore.ReadTimeout) == 5.0
        with pytest.raises(httpcore.WriteTimeout, match="deadline has passed"):
            deadline_module.clamped(0.0, httpcore.WriteTimeout)  # a zero timeout of its own: no time to use
        clock.now += 5.0  # exactly nothing left
        with pytest.raises(httpcore.ReadTimeout, match="deadline has passed"):
            deadline_module.clamped(None, httpcore.ReadTimeout)
        clock.now += 2.0
        for timeout in (None, 3.0):
            with pytest.raises(httpcore.ConnectTimeout, match="deadline has passed"):
                deadline_module.clamped(timeout, httpcore.ConnectTimeout)


def test_after_starts_from_now(clock: Clock) -> None:
    assert Deadline.after(4.0, httpx.Timeout(1.0)).at == 1004.0


def test_call_deadline_from_a_number_or_a_timeout(clock: Clock) -> None:
    by_number = call_deadline(5, 60.0)
    assert (by_number.at, by_number.phases) == (1005.0, httpx.Timeout(5.0))
    by_phases = call_deadline(httpx.Timeout(3.0), 60.0, extension=20.0)
    assert (by_phases.at, by_phases.phases) == (1080.0, httpx.Timeout(3.0))


@pytest.mark.parametrize("bad", [0, -1, math.inf, math.nan])
def test_call_deadline_refuses_a_budget_that_is_not_positive_and_finite(bad: float) -> None:
    with pytest.raises(ValidationError, match="timeout: must be a positive, finite number of seconds"):
        call_deadline(bad, 60.0)
    with pytest.raises(ValidationError, match="timeout"):
        call_deadline(httpx.Timeout(1.0), bad)


def test_active_sets_the_current_deadline_and_restores_the_previous() -> None:
    outer, inner = Deadline(1.0, httpx.Timeout(1.0)), Deadline(2.0, httpx.Timeout(1.0))
    assert current() is None
    with outer.active():
        with inner.active():
            assert current() is inner
        assert current() is outer
    assert current() is None


class RecordingStream(httpcore.NetworkStream):
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.calls.append(("read", timeout))
        return b"data"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.calls.append(("write", timeout))

    def close(self) -> None:
        self.calls.append(("close", None))

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> Any:
        self.calls.append(("start_tls", timeout))
        return self

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


class RecordingBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self.stream = RecordingStream()
        self.calls: list[tuple[str, Any]] = []

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:  # fmt: skip
        self.calls.append(("connect_tcp", (host, port, timeout)))
        return self.stream

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> Any:
        self.calls.append(("connect_unix_socket", (path, timeout)))
        return self.stream

    def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


def test_every_socket_operation_is_clamped_to_the_running_call(clock: Clock) -> None:
    inner = RecordingBackend()
    backend = DeadlineBackend(inner)
    stream = backend.connect_tcp("127.0.0.1", 9, timeout=None)  # no call running: left as given
    assert inner.calls == [("connect_tcp", ("127.0.0.1", 9, None))]
    with Deadline(clock.now + 2.0, httpx.Timeout(1.0)).active():
        stream = backend.connect_tcp("127.0.0.1", 9, timeout=10.0)
        backend.connect_unix_socket("/tmp/s", timeout=1.0)
        assert stream.read(10, timeout=30.0) == b"data"
        stream.write(b"x", timeout=None)
        stream.start_tls(_TLS, "h", timeout=5.0)
        backend.sleep(0.5)
        assert stream.get_extra_info("x") == "info:x"
        stream.close()
    assert inner.calls[1:] == [("connect_tcp", ("127.0.0.1", 9, 2.0)), ("connect_unix_socket", ("/tmp/s", 1.0)),
                               ("sleep", 0.5)]  # fmt: skip
    assert inner.stream.calls == [("read", 2.0), ("write", 2.0), ("start_tls", 2.0), ("close", None)]


def test_a_spent_deadline_times_the_next_operation_out_at_once(clock: Clock) -> None:
    inner = RecordingBackend()
    backend = DeadlineBackend(inner)
    stream = backend.connect_tcp("127.0.0.1", 9)
    with Deadline(clock.now, httpx.Timeout(1.0)).active():
        with pytest.raises(httpcore.ConnectTimeout, match="deadline has passed"):
            backend.connect_tcp("127.0.0.1", 9, timeout=1.0)
        with pytest.raises(httpcore.ConnectTimeout, match="deadline has passed"):
            backend.connect_unix_socket("/tmp/s")
        with pytest.raises(httpcore.ReadTimeout, match="deadline has passed"):
            stream.read(1, timeout=1.0)
        with pytest.raises(httpcore.WriteTimeout, match="deadline has passed"):
            stream.write(b"x")
        with pytest.raises(httpcore.ConnectTimeout, match="deadline has passed"):
            stream.start_tls(_TLS, "h")
    assert inner.calls == [("connect_tcp", ("127.0.0.1", 9, None))]


class AsyncRecordingStream(httpcore.AsyncNetworkStream):
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:  # noqa: ASYNC109
        self.calls.append(("read", timeout))
        return b"data"

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:  # noqa: ASYNC109
        self.calls.append(("write", timeout))

    async def aclose(self) -> None:
        self.calls.append(("close", None))

    async def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                        timeout: float | None = None) -> Any:  # noqa: ASYNC109  # fmt: skip
        self.calls.append(("start_tls", timeout))
        return self

    def get_extra_info(self, info: str) -> Any:
        return f"info:{info}"


class AsyncRecordingBackend(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self.stream = AsyncRecordingStream()
        self.calls: list[tuple[str, Any]] = []

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,  # noqa: ASYNC109
                          local_address: str | None = None, socket_options: Any = None) -> Any:  # fmt: skip
        self.calls.append(("connect_tcp", (host, port, timeout)))
        return self.stream

    async def connect_unix_socket(self, path: str, timeout: float | None = None,  # noqa: ASYNC109
                                  socket_options: Any = None) -> Any:  # fmt: skip
        self.calls.append(("connect_unix_socket", (path, timeout)))
        return self.stream

    async def sleep(self, seconds: float) -> None:
        self.calls.append(("sleep", seconds))


async def test_every_async_socket_operation_is_clamped_to_the_running_call(clock: Clock) -> None:
    inner = AsyncRecordingBackend()
    backend = AsyncDeadlineBackend(inner)
    with Deadline(clock.now + 2.0, httpx.Timeout(1.0)).active():
        stream = await backend.connect_tcp("127.0.0.1", 9, timeout=10.0)
        await backend.connect_unix_socket("/tmp/s", timeout=1.0)
        assert await stream.read(10, timeout=30.0) == b"data"
        await stream.write(b"x", timeout=None)
        tls = await stream.start_tls(_TLS, "h", timeout=5.0)
        await backend.sleep(0.5)
        assert tls.get_extra_info("x") == "info:x"
        await stream.aclose()
    assert inner.calls == [("connect_tcp", ("127.0.0.1", 9, 2.0)), ("connect_unix_socket", ("/tmp/s", 1.0)),
                           ("sleep", 0.5)]  # fmt: skip
    assert inner.stream.calls == [("read", 2.0), ("write", 2.0), ("start_tls", 2.0), ("close", None)]
    clock.now += 2.0
    with Deadline(clock.now, httpx.Timeout(1.0)).active():
        with pytest.raises(httpcore.ReadTimeout):
            await stream.read(1)
        with pytest.raises(httpcore.WriteTimeout):
            await stream.write(b"x")
        with pytest.raises(httpcore.ConnectTimeout):
            await backend.connect_tcp("127.0.0.1", 9)
        with pytest.raises(httpcore.ConnectTimeout):
            await backend.connect_unix_socket("/tmp/s")
        with pytest.raises(httpcore.ConnectTimeout):
            await stream.start_tls(_TLS)


# -- secrets given in bodies and models (x-secret) -------------------------------------------------------------------


def test_secret_variants_add_the_credentials_of_a_url_only() -> None:
    assert secret_variants("https://host/path") == ["https://host/path"]
    assert secret_variants("user@example") == ["user@example"]
    assert secret_variants("https://a@b:pw@host/") == ["https://a@b:pw@host/", "a@b:pw", "pw"]


@attrs.define
class Pool:
    _SECRET_FIELDS = ("uri",)
    uri: str
    name: str


def test_model_secrets_are_found_in_lists_and_mappings() -> None:
    pools = [Pool("redis://u:secretpw@h:6379", "p1"), {"other": Pool("plain-uri-value", "p2")}]
    assert model_secrets(pools) == ["redis://u:secretpw@h:6379", "u:secretpw", "secretpw", "plain-uri-value"]
    assert model_secrets((Pool("abcd-uri", "p"),)) == ["abcd-uri"]
