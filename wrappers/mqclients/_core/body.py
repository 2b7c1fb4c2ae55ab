"""Reading and decoding response bodies: bounded in size and time, decoded once, every failure typed.

The request loop sends with ``stream=True`` and reads the body here, chunk by chunk, with a running total against
the size cap and the call's deadline checked after each chunk, so an oversized answer fails without being buffered
and a dripping one ends on time. JSON is decoded once per response (cached on it) by ``json_body``; every reader of
a body (envelope codes, error mapping, model parsing, pagination) goes through it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .deadline import Deadline
from .errors import ResponseDecodeError, ResponseTooLargeError, TimeoutError

# Generous: far above any documented answer of the five APIs, small enough that a runaway body cannot exhaust memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

_JSON_KEY = "mqclients.json"
_NOT_JSON = object()


def _check_declared_length(response: httpx.Response, limit: int, what: str) -> None:
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise ResponseTooLargeError(f"{what}: the answer declares {int(declared)} bytes, above the {limit}-byte cap")


class _Collector:
    """The running total of one body being read; refuses a chunk that passes the cap or the deadline."""

    def __init__(self, limit: int, deadline: Deadline, what: str) -> None:
        self.limit = limit
        self.deadline = deadline
        self.what = what
        # One growing buffer rather than a list of chunks: large buffers live in their own mappings, so the
        # memory goes back to the system once the body is copied out (a list of 64 KiB chunks fragments the heap).
        self.buffer = bytearray()

    def add(self, chunk: bytes) -> None:
        if len(self.buffer) + len(chunk) > self.limit:
            raise ResponseTooLargeError(
                f"{self.what}: the answer passed the {self.limit}-byte cap (set max_response_bytes to allow more)"
            )
        if self.deadline.remaining() <= 0:
            raise TimeoutError(f"{self.what}: the call's deadline passed while reading the answer")
        self.buffer += chunk

    def finish(self, response: httpx.Response) -> None:
        # httpx keeps a read body in ``_content`` (what ``Response.read()`` fills); setting it makes ``.content``,
        # ``.text`` and ``.json()`` work on the streamed response as on a read one.
        response._content = bytes(self.buffer)
        self.buffer = bytearray()


def _decode_failure(what: str, exc: httpx.DecodingError) -> ResponseDecodeError:
    return ResponseDecodeError(f"{what}: the answer's content encoding could not be decoded ({type(exc).__name__})")


def read_body(response: httpx.Response, limit: int, deadline: Deadline, what: str) -> None:
    """Read a streamed response's (decompressed) body within ``limit`` bytes and the deadline."""
    _check_declared_length(response, limit, what)
    collector = _Collector(limit, deadline, what)
    try:
        for chunk in response.iter_bytes():
            collector.add(chunk)
    except httpx.DecodingError as exc:
        raise _decode_failure(what, exc) from exc
    collector.finish(response)


async def aread_body(response: httpx.Response, limit: int, deadline: Deadline, what: str) -> None:
    """The async ``read_body``."""
    _check_declared_length(response, limit, what)
    collector = _Collector(limit, deadline, what)
    try:
        async for chunk in response.aiter_bytes():
            collector.add(chunk)
    except httpx.DecodingError as exc:
        raise _decode_failure(what, exc) from exc
    collector.finish(response)


def _decode(response: httpx.Response) -> tuple[Any, Exception | None]:
    cached = response.extensions.get(_JSON_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    try:
        result: tuple[Any, Exception | None] = (json.loads(response.content), None)
    except (ValueError, RecursionError) as exc:  # ValueError covers JSONDecodeError and UnicodeDecodeError
        result = (_NOT_JSON, exc)
    response.extensions[_JSON_KEY] = result
    return result


def json_body(response: httpx.Response, what: str) -> Any:
    """The response's JSON body, decoded once; ``ResponseDecodeError`` (cause chained) when it is not JSON."""
    value, error = _decode(response)
    if error is not None:
        reason = "nested too deeply" if isinstance(error, RecursionError) else "not valid JSON"
        raise ResponseDecodeError(f"{what}: HTTP {response.status_code} body is {reason}") from error
    return value


def json_or_none(response: httpx.Response) -> Any:
    """The response's JSON body, or ``None`` when it is empty or not JSON (for error mapping and envelope codes)."""
    if not response.content:
        return None
    value, error = _decode(response)
    return None if error is not None else value
