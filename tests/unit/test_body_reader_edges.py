"""The streamed body reader at its edges: the deadline checked even when no byte comes, the deadline before the
size cap, bounded decompression steps, broken encodings typed with their cause (sync and async alike)."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from mqclients._core.body import BoundedDecoder, aread_body, read_body
from mqclients._core.deadline import Deadline
from mqclients.errors import ResponseDecodeError, ResponseTooLargeError, TimeoutError

PHASES = httpx.Timeout(5.0)
EXPIRED = Deadline(0.0, PHASES)  # monotonic time 0 is long past


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks


class _AsyncChunks(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk


def _streamed(chunks: list[bytes], encoding: str | None = None, *, asynchronous: bool = False) -> httpx.Response:
    headers = {"content-encoding": encoding} if encoding else {}
    stream: httpx.SyncByteStream | httpx.AsyncByteStream = _AsyncChunks(chunks) if asynchronous else _Chunks(chunks)
    return httpx.Response(200, headers=headers, stream=stream)


def _read(chunks: list[bytes], encoding: str | None, deadline: Deadline, *, mode: str, limit: int = 1 << 20) -> bytes:
    response = _streamed(chunks, encoding, asynchronous=mode == "async")
    if mode == "sync":
        read_body(response, limit, deadline, "get_queue")
    else:
        asyncio.run(aread_body(response, limit, deadline, "get_queue"))
    return response.content


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_an_empty_answer_past_the_deadline_is_a_timeout(mode: str, encoding: str | None) -> None:
    with pytest.raises(TimeoutError, match="deadline passed"):
        _read([], encoding, EXPIRED, mode=mode)


@pytest.mark.parametrize("mode", MODES)
def test_past_the_deadline_the_deadline_is_reported_before_the_size_cap(mode: str) -> None:
    with pytest.raises(TimeoutError):
        _read([b"x" * 100], None, EXPIRED, mode=mode, limit=10)
    with pytest.raises(ResponseTooLargeError):  # in time, the cap still holds
        _read([b"x" * 100], None, Deadline.after(30, PHASES), mode=mode, limit=10)


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_stream_split_mid_way_is_read_whole(mode: str) -> None:
    body = b'{"queues": []}' * 500
    packed = gzip.compress(body)
    chunks = [
        packed[: len(packed) // 3],
        packed[len(packed) // 3 : 2 * len(packed) // 3],
        packed[2 * len(packed) // 3 :],
    ]
    assert _read(chunks, "gzip", Deadline.after(30, PHASES), mode=mode) == body


def test_decompression_steps_are_at_most_64_kib() -> None:
    bomb = gzip.compress(b"\0" * 1_000_000)
    pieces = list(BoundedDecoder("gzip", "get_queue").feed(bomb))
    assert sum(len(piece) for piece in pieces) == 1_000_000
    assert max(len(piece) for piece in pieces) == 64 * 1024


@pytest.mark.parametrize("mode", MODES)
def test_bytes_that_are_no_deflate_stream_are_a_decode_error_with_zlibs_cause(mode: str) -> None:
    with pytest.raises(ResponseDecodeError, match="content encoding could not be decoded") as caught:
        _read([b"\xff" * 64], "deflate", Deadline.after(30, PHASES), mode=mode)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert isinstance(caught.value.__cause__.__cause__, zlib.error)


def test_raw_deflate_is_accepted_where_zlib_deflate_is_declared() -> None:
    body = b"raw deflate, as some servers send it"
    squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = squeezer.compress(body) + squeezer.flush()
    assert _read([raw], "deflate", Deadline.after(30, PHASES), mode="sync") == body


@pytest.mark.parametrize("mode", MODES)
def test_zlib_deflate_broken_after_a_good_start_is_an_error_not_a_raw_deflate_restart(mode: str) -> None:
    # The raw-deflate fallback is for a body that is raw from its first byte. Once the zlib stream has started well,
    # a later chunk that breaks it is a decoding error, even when that chunk alone would read as raw deflate.
    zlib_start = b"\x78\x01\x02\x00"  # a zlib header, an empty fixed block, a stored block's header (no lengths)
    squeezer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_alone = squeezer.compress(b"would read as raw deflate") + squeezer.flush()
    with pytest.raises(ResponseDecodeError, match="content encoding could not be decoded"):
        _read([zlib_start, raw_alone], "deflate", Deadline.after(30, PHASES), mode=mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_gzip_answer_cut_before_its_trailer_gives_what_it_holds(mode: str) -> None:
    # as httpx's own decoder does: the decompressor is flushed at the end, no error for the missing trailer
    body = b"a body whose gzip trailer never came" * 3
    cut = gzip.compress(body)[:-8]
    assert _read([cut], "gzip", Deadline.after(30, PHASES), mode=mode) == body


# -- Content-Length and Content-Encoding as servers send them: any letter case, a name repeated ----------------------

LATER = Deadline(float("inf"), PHASES)


def _with_headers(headers: list[tuple[bytes, bytes]], body: bytes, *, mode: str, limit: int) -> bytes:
    stream: httpx.SyncByteStream | httpx.AsyncByteStream = _AsyncChunks([body]) if mode == "async" else _Chunks([body])
    response = httpx.Response(200, headers=headers, stream=stream)
    if mode == "sync":
        read_body(response, limit, LATER, "get_queue")
    else:
        asyncio.run(aread_body(response, limit, LATER, "get_queue"))
    return response.content


@pytest.mark.parametrize("mode", MODES)
def test_a_declared_length_is_read_whatever_the_letter_case_of_its_name(mode: str) -> None:
    with pytest.raises(ResponseTooLargeError, match="declares 10 bytes, above the 4-byte cap"):
        _with_headers([(b"Content-Length", b"10")], b"abc", mode=mode, limit=4)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lengths", [(b"3", b"10"), (b"10", b"3"), (b"3", b"3")])
def test_a_repeated_content_length_is_no_declared_length(mode: str, lengths: tuple[bytes, bytes]) -> None:
    # joined as Headers.get joins them ("3, 10"): not a number, so only the bytes read count against the cap
    headers = [(b"content-length", value) for value in lengths]
    assert _with_headers(headers, b"abc", mode=mode, limit=4) == b"abc"


@pytest.mark.parametrize("mode", MODES)
def test_an_encoding_is_undone_whatever_the_letter_case_of_its_name(mode: str) -> None:
    packed = gzip.compress(b"hello")
    assert _with_headers([(b"Content-Encoding", b"GZIP")], packed, mode=mode, limit=1 << 20) == b"hello"


@pytest.mark.parametrize("mode", MODES)
def test_encodings_in_repeated_headers_are_undone_in_turn(mode: str) -> None:
    packed = gzip.compress(zlib.compress(b"hello"))  # deflate applied first, then gzip
    headers = [(b"content-encoding", b"deflate"), (b"Content-Encoding", b"gzip")]
    assert _with_headers(headers, packed, mode=mode, limit=1 << 20) == b"hello"


@pytest.mark.parametrize("mode", MODES)
def test_a_non_ascii_encoding_name_is_refused_by_name(mode: str) -> None:
    # not ASCII nor UTF-8: httpx decodes the header as Latin-1, and so does the reader
    with pytest.raises(ResponseDecodeError, match="content encoding 'g\u00e9zip' is not one the client asked for"):
        _with_headers([(b"content-encoding", b"g\xe9zip")], b"abc", mode=mode, limit=1 << 20)
