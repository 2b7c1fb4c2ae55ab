"""Compressed answers are expanded a bounded piece at a time, so the size cap stops a decompression bomb before it
is in memory; only the encodings the client asks for (Accept-Encoding) are decoded."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from mqclients import errors
from mqclients._core import body
from mqclients._core.body import DECODE_PIECE_BYTES, BoundedDecoder
from mqclients._core.options import RequestOptions
from mqclients.zaqar import Zaqar

from .helpers import Recorder, async_transport, kwargs, op, sync_transport

BOMB_BYTES = 40 * 1024 * 1024  # 40 MiB of zeros: ~40 KiB of gzip


def _bomb() -> bytes:
    return gzip.compress(bytes(BOMB_BYTES), compresslevel=9)


def _streamed(payload: bytes, encoding: str) -> httpx.Response:
    """An answer streamed in one network chunk, as a server sends a small compressed body."""
    return httpx.Response(200, content=iter([payload]), headers={"Content-Encoding": encoding})


@pytest.fixture
def largest_piece(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every piece the body reader hands to its size check."""
    seen: list[int] = []
    check = body._Collector.add

    def spy(self: body._Collector, chunk: bytes) -> None:
        seen.append(len(chunk))
        check(self, chunk)

    monkeypatch.setattr(body._Collector, "add", spy)
    return seen


def test_a_gzip_bomb_is_stopped_one_bounded_piece_past_the_cap(largest_piece: list[int]) -> None:
    compressed = _bomb()
    assert len(compressed) < 100 * 1024
    handler = Recorder(_streamed(compressed, "gzip"))
    with pytest.raises(errors.ResponseTooLargeError, match="1048576-byte cap"):
        sync_transport(handler).send(op("GET"), kwargs(), RequestOptions(max_response_bytes=1024 * 1024))
    # never a whole expanded network chunk (40 MiB) at once: at most one piece past the 1 MiB cap was produced
    assert max(largest_piece) <= DECODE_PIECE_BYTES
    assert sum(largest_piece) <= 1024 * 1024 + DECODE_PIECE_BYTES


def test_the_async_reader_is_bounded_alike(largest_piece: list[int]) -> None:
    compressed = _bomb()

    async def one_chunk() -> AsyncIterator[bytes]:
        yield compressed

    async def call() -> None:
        answer = httpx.Response(200, content=one_chunk(), headers={"Content-Encoding": "gzip"})
        transport = async_transport(Recorder(answer))
        try:
            await transport.send(op("GET"), kwargs(), RequestOptions(max_response_bytes=1024 * 1024))
        finally:
            await transport.aclose()

    with pytest.raises(errors.ResponseTooLargeError):
        asyncio.run(call())
    assert max(largest_piece) <= DECODE_PIECE_BYTES


def _pieces(decoder: BoundedDecoder, data: bytes) -> Iterator[bytes]:
    yield from decoder.feed(data)
    yield from decoder.finish()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as the RFC says
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send
        ("identity", lambda data: data),
        ("deflate, gzip", lambda data: gzip.compress(zlib.compress(data))),  # layers undone in reverse order
    ],
)
def test_every_accepted_encoding_decodes_to_the_original(encoding: str, encode: object) -> None:
    original = b'{"messages": [' + b'{"body": "x"},' * 20000 + b'{"body": "y"}]}'
    assert callable(encode)
    decoder = BoundedDecoder(encoding, "op")
    pieces = list(_pieces(decoder, encode(original)))
    assert b"".join(pieces) == original
    if encoding != "identity":  # what arrives uncompressed is checked as it arrives; only expansion is cut up
        assert max(len(piece) for piece in pieces) <= DECODE_PIECE_BYTES


def test_an_encoding_the_client_did_not_ask_for_is_a_decode_error() -> None:
    with pytest.raises(errors.ResponseDecodeError, match="content encoding 'br' is not one the client asked for"):
        sync_transport(Recorder(_streamed(b"\x0b\x02\x80", "br"))).send(op("GET"), kwargs(), RequestOptions())


def test_clients_ask_only_for_the_encodings_they_decode_boundedly() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    with Zaqar("http://127.0.0.1:9", project_id="p", http_transport=httpx.MockTransport(answer)) as zq:
        zq.ping()
    assert sent[0].headers["accept-encoding"] == "gzip, deflate"
