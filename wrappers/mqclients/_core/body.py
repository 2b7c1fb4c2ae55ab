"""Reading and decoding response bodies: bounded in size and time, decoded once, every failure typed.

The request loop sends with ``stream=True`` and reads the body here, chunk by chunk, with a running total against
the size cap and the call's deadline checked after each chunk, so an oversized answer fails without being buffered
and a dripping one ends on time. JSON is decoded once per response (cached on it) by ``json_body``; every reader of
a body (envelope codes, error mapping, model parsing, pagination) goes through it.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx

from .deadline import Deadline
from .errors import ResponseDecodeError, ResponseTooLargeError, TimeoutError

# Generous: far above any documented answer of the five APIs, small enough that a runaway body cannot exhaust memory.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024

_JSON_KEY = "mqclients.json"
_NOT_JSON = object()


def _framing(response: httpx.Response) -> tuple[bytes | None, str | None]:
    """The answer's ``Content-Length`` and ``Content-Encoding`` (several of one name joined by ", ", as
    ``Headers.get`` joins them), in one pass over its headers: each ``Headers.get`` walks them all, and raises and
    catches a ``KeyError`` for an absent name (the usual encoding), on every response."""
    length: bytes | None = None
    encoding: bytes | None = None
    for name, value in response.headers.raw:
        name = name.lower()
        if name == b"content-length":
            length = value if length is None else length + b", " + value
        elif name == b"content-encoding":
            encoding = value if encoding is None else encoding + b", " + value
    return length, None if encoding is None else encoding.decode(response.headers.encoding)


def _check_declared_length(declared: bytes | None, limit: int, what: str) -> None:
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

    def add_all(self, pieces: Iterable[bytes]) -> None:
        """Add each piece, checking the cap and the deadline before the next one is decompressed (and once even
        when there is none: compressed bytes that expand to nothing yet still use the call's time)."""
        self.add(b"")
        for piece in pieces:
            self.add(piece)

    def finish(self, response: httpx.Response) -> None:
        # httpx keeps a read body in ``_content`` (what ``Response.read()`` fills); setting it makes ``.content``,
        # ``.text`` and ``.json()`` work on the streamed response as on a read one.
        response._content = bytes(self.buffer)
        self.buffer = bytearray()


def _decode_failure(what: str, exc: httpx.DecodingError) -> ResponseDecodeError:
    return ResponseDecodeError(f"{what}: the answer's content encoding could not be decoded ({type(exc).__name__})")


# The content encodings the client decodes (the Accept-Encoding it sends), each by ``BoundedDecoder``.
ACCEPTED_ENCODINGS = "gzip, deflate"
# The most one decompression step may produce: the size cap is checked between steps, so a small compressed chunk
# (64 KiB of gzip can hold 64 MiB of zeros) never expands past the cap by more than this.
DECODE_PIECE_BYTES = 64 * 1024


class _Inflater:
    """One gzip or deflate layer, decompressed at most ``DECODE_PIECE_BYTES`` at a time."""

    def __init__(self, encoding: str) -> None:
        self._raw_deflate_fallback = encoding == "deflate"  # "deflate" is zlib-wrapped, or raw from some servers
        self._inflater = zlib.decompressobj(zlib.MAX_WBITS | 16 if encoding != "deflate" else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            try:
                piece = self._inflater.decompress(data, DECODE_PIECE_BYTES)
            except zlib.error:
                if not self._raw_deflate_fallback:
                    raise
                self._raw_deflate_fallback = False
                self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                continue
            self._raw_deflate_fallback = False
            if piece:
                yield piece
            data = self._inflater.unconsumed_tail
            if self._inflater.eof or (not data and len(piece) < DECODE_PIECE_BYTES):
                return  # bytes after the end of the stream are ignored, as httpx's decoders do

    def finish(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        if not self._inflater.eof:
            yield self._inflater.flush()  # what the window still holds: at most 32 KiB


class BoundedDecoder:
    """A body's ``Content-Encoding`` layers undone in bounded steps (httpx's own decoders expand a whole network
    chunk at once). An encoding the client did not ask for is a ``ResponseDecodeError``, not an unbounded decoder."""

    def __init__(self, header: str | None, what: str) -> None:
        self._what = what
        names = [name.strip().lower() for name in (header or "").split(",")]
        names = [name for name in names if name and name != "identity"]
        for name in names:
            if name not in ("gzip", "x-gzip", "deflate"):
                raise ResponseDecodeError(
                    f"{what}: the answer's content encoding {name!r} is not one the client asked for "
                    f"({ACCEPTED_ENCODINGS})"
                )
        self._layers = [_Inflater("deflate" if name == "deflate" else "gzip") for name in reversed(names)]

    def feed(self, data: bytes) -> Iterator[bytes]:
        return self._through(0, data)

    def finish(self) -> Iterator[bytes]:
        for index, layer in enumerate(self._layers):
            for piece in self._guarded(layer.finish):
                yield from self._through(index + 1, piece)

    def _through(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            if data:
                yield data
            return
        layer = self._layers[index]
        for piece in self._guarded(lambda: layer.feed(data)):
            yield from self._through(index + 1, piece)

    def _guarded(self, pieces: Callable[[], Iterator[bytes]]) -> Iterator[bytes]:
        try:
            yield from pieces()
        except zlib.error as exc:
            # chained as httpx's own decoders chain it: ResponseDecodeError <- httpx.DecodingError <- zlib.error
            decoding = httpx.DecodingError(f"{type(exc).__name__}: {exc}")
            decoding.__cause__ = exc
            raise _decode_failure(self._what, decoding) from decoding


def _already_read(response: httpx.Response, collector: _Collector) -> bool:
    """A response whose body httpx holds already (one built from bytes, as test doubles are): checked, not re-read."""
    if not hasattr(response, "_content"):
        return False
    collector.add_all([response.content])
    collector.finish(response)
    return True


def _start_reading(
    response: httpx.Response, limit: int, deadline: Deadline, what: str
) -> tuple[_Collector | None, str | None]:
    """What ``read_body`` and ``aread_body`` do before the first byte: the declared length checked against the cap,
    and the collector with the answer's content encoding; no collector when the body is held already (checked)."""
    declared, encoding = _framing(response)
    _check_declared_length(declared, limit, what)
    collector = _Collector(limit, deadline, what)
    if _already_read(response, collector):
        return None, None
    return collector, encoding


def read_body(response: httpx.Response, limit: int, deadline: Deadline, what: str) -> None:
    """Read a streamed response's (decompressed) body within ``limit`` bytes and the deadline."""
    collector, encoding = _start_reading(response, limit, deadline, what)
    if collector is None:
        return
    if not encoding:  # the common answer: the raw bytes are the body, no decoder between
        for raw in response.iter_raw():
            collector.add(b"")
            collector.add(raw)
        collector.add(b"")
        collector.finish(response)
        return
    decoder = BoundedDecoder(encoding, what)
    for raw in response.iter_raw():
        collector.add_all(decoder.feed(raw))
    collector.add_all(decoder.finish())
    collector.finish(response)


async def aread_body(response: httpx.Response, limit: int, deadline: Deadline, what: str) -> None:
    """The async ``read_body``."""
    collector, encoding = _start_reading(response, limit, deadline, what)
    if collector is None:
        return
    if not encoding:  # the common answer: the raw bytes are the body, no decoder between
        async for raw in response.aiter_raw():
            collector.add(b"")
            collector.add(raw)
        collector.add(b"")
        collector.finish(response)
        return
    decoder = BoundedDecoder(encoding, what)
    async for raw in response.aiter_raw():
        collector.add_all(decoder.feed(raw))
    collector.add_all(decoder.finish())
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
