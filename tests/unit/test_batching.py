"""The batch planner and senders (``mqclients._core.batching``) pinned at their edges: a request exactly at its byte
limit, the per-item and per-request overhead, non-ASCII sizes, and every item of a partly failed send reported."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable

import pytest

from mqclients._core.batching import (
    BatchError,
    BatchReport,
    ItemFailure,
    asend_in_batches,
    json_size,
    plan_batches,
    record_request_failure,
    send_in_batches,
)
from mqclients._core.errors import APIError, BadRequestError, MQClientError, ValidationError
from mqclients._core.operation import Batch

# ------------------------------------------------------------------------------------------------ json_size


def test_json_size_is_the_compact_utf8_body() -> None:
    item = {"a": 1, "b": [1, 2], "c": "x y"}
    assert json_size(item) == len(b'{"a":1,"b":[1,2],"c":"x y"}')


@pytest.mark.parametrize(
    ("text", "utf8_bytes"),
    [("e", 1), ("\u00e9", 2), ("\u20ac", 3), ("\U0001f600", 4), ("\u00e9\u00e9\u00e9", 6)],
)
def test_json_size_counts_non_ascii_as_its_utf8_bytes_not_escapes(text: str, utf8_bytes: int) -> None:
    # Sent as UTF-8, not as \\uXXXX escapes (6 or 12 bytes each): the limit is on what goes on the wire.
    assert json_size(text) == utf8_bytes + 2
    assert json_size({"body": text}) == len(b'{"body":""}') + utf8_bytes


# ------------------------------------------------------------------------------------------------ plan_batches


def _limits(max_items: int = 100, max_bytes: int | None = None) -> Batch:
    return Batch(items="messages", max_items=max_items, max_bytes=max_bytes)


def test_items_are_split_by_count_in_order() -> None:
    batches, refused = plan_batches([1] * 5, _limits(max_items=2), "messages")
    assert batches == [[0, 1], [2, 3], [4]]
    assert refused == []


def test_exactly_max_items_is_one_request() -> None:
    batches, _ = plan_batches([1] * 3, _limits(max_items=3), "messages")
    assert batches == [[0, 1, 2]]


def test_no_items_plan_no_request() -> None:
    assert plan_batches([], _limits(max_items=2, max_bytes=100), "messages") == ([], [])


def test_without_a_byte_limit_any_size_goes() -> None:
    batches, refused = plan_batches([10**9, 10**9], _limits(max_items=10), "messages")
    assert batches == [[0, 1]]
    assert refused == []


def test_a_lone_item_exactly_at_the_default_envelope_limit_is_accepted() -> None:
    # Default: 64 envelope bytes per request and 1 byte per item (its comma). 35 + 64 + 1 == 100.
    batches, refused = plan_batches([35], _limits(max_bytes=100), "messages")
    assert batches == [[0]]
    assert refused == []


def test_a_lone_item_one_byte_over_the_default_envelope_limit_is_refused_naming_it() -> None:
    batches, refused = plan_batches([1, 36, 1], _limits(max_bytes=100), "messages")
    assert batches == [[0, 2]]
    assert [index for index, _ in refused] == [1]
    error = refused[0][1]
    assert isinstance(error, ValidationError)
    assert error.field == "messages[1]"
    assert error.rule == "must fit in one request of at most 100 bytes (this one is 36 bytes)"


def test_two_items_exactly_filling_the_default_limit_share_a_request() -> None:
    # 64 + (17 + 1) + (17 + 1) == 100; one byte more and they need two requests.
    assert plan_batches([17, 17], _limits(max_bytes=100), "messages")[0] == [[0, 1]]
    assert plan_batches([17, 18], _limits(max_bytes=100), "messages")[0] == [[0], [1]]


def test_per_item_overhead_counts_once_per_item() -> None:
    limits = _limits(max_bytes=20)
    # 0 + (7 + 3) + (7 + 3) == 20: fits; 7 + 8 does not.
    assert plan_batches([7, 7], limits, "m", overhead=0, per_item=3)[0] == [[0, 1]]
    assert plan_batches([7, 8], limits, "m", overhead=0, per_item=3)[0] == [[0], [1]]
    # A lone item counts its own overhead too: 17 + 3 == 20 fits, 18 + 3 does not.
    assert plan_batches([17], limits, "m", overhead=0, per_item=3) == ([[0]], [])
    assert [index for index, _ in plan_batches([18], limits, "m", overhead=0, per_item=3)[1]] == [0]


def test_request_overhead_counts_once_per_request_and_again_after_a_split() -> None:
    limits = _limits(max_bytes=20)
    # CMQ style (the limit is on the bodies alone): 10 + 10 == 20 fits, a lone 20 fits, 21 does not.
    assert plan_batches([10, 10], limits, "m", overhead=0, per_item=0) == ([[0, 1]], [])
    assert plan_batches([20], limits, "m", overhead=0, per_item=0) == ([[0]], [])
    assert [index for index, _ in plan_batches([21], limits, "m", overhead=0, per_item=0)[1]] == [0]
    # With 10 bytes per request: [10] fills one; the next request starts at 10 again, so 6 + 5 overflow it.
    assert plan_batches([10, 6, 5], limits, "m", overhead=10, per_item=0)[0] == [[0], [1], [2]]
    assert plan_batches([10, 5, 5], limits, "m", overhead=10, per_item=0)[0] == [[0], [1, 2]]


def test_count_and_bytes_limits_together() -> None:
    # Bytes split first ([0,1] then 2 would overflow), then the count limit splits [2,3,4] after two.
    batches, refused = plan_batches([10, 10, 10, 1, 1], _limits(max_items=2, max_bytes=25), "m", overhead=0, per_item=0)
    assert batches == [[0, 1], [2, 3], [4]]
    assert refused == []


def test_refused_items_do_not_take_a_place_in_a_request() -> None:
    batches, refused = plan_batches([200, 1, 200, 1, 1], _limits(max_items=2, max_bytes=100), "items")
    assert batches == [[1, 3], [4]]
    assert [(index, error.field) for index, error in refused] == [(0, "items[0]"), (2, "items[2]")]


# ------------------------------------------------------------------------------------------------ reports and errors


def _failure(index: int, reason: str = "bad") -> ItemFailure[str]:
    return ItemFailure(index, f"item{index}", reason)


def test_report_ok_only_without_failures() -> None:
    report: BatchReport[str] = BatchReport(succeeded=[(0, "id0")])
    assert report.ok
    report.raise_for_failures()  # nothing to raise
    report.failed.append(_failure(1))
    assert not report.ok


def test_raise_for_failures_names_each_failed_item_and_counts_all() -> None:
    report: BatchReport[str] = BatchReport(
        succeeded=[(0, "a"), (2, "b")], failed=[_failure(1, "too big"), _failure(3, "nope")]
    )
    with pytest.raises(BatchError) as caught:
        report.raise_for_failures()
    assert caught.value.report is report
    assert str(caught.value) == "2 of 4 items failed: #1: too big; #3: nope"
    assert isinstance(caught.value, MQClientError)


def test_batch_error_lists_ten_failures_then_counts_the_rest() -> None:
    ten: BatchReport[str] = BatchReport(failed=[_failure(i) for i in range(10)])
    assert str(BatchError(ten)) == "10 of 10 items failed: " + "; ".join(f"#{i}: bad" for i in range(10))
    eleven: BatchReport[str] = BatchReport(failed=[_failure(i) for i in range(11)])
    assert str(BatchError(eleven)) == (
        "11 of 11 items failed: " + "; ".join(f"#{i}: bad" for i in range(10)) + " (+1 more)"
    )


def test_a_failed_request_fails_each_of_its_items_with_the_error() -> None:
    report: BatchReport[str] = BatchReport()
    error = BadRequestError("queue is full", status_code=400, error_code="Q.1")
    record_request_failure(report, [1, 2], ["a", "b", "c"], error)
    assert report.failed == [
        ItemFailure(1, "b", str(error), "Q.1", error),
        ItemFailure(2, "c", str(error), "Q.1", error),
    ]


def test_an_item_failure_is_an_immutable_value() -> None:
    failure = _failure(1)
    with pytest.raises(AttributeError):
        failure.reason = "changed"  # type: ignore[misc]
    assert failure == _failure(1)
    assert len({failure, _failure(1)}) == 1


def test_a_failed_request_with_a_foreign_error_keeps_its_text_but_no_error_object() -> None:
    report: BatchReport[str] = BatchReport()
    record_request_failure(report, [0], ["a"], RuntimeError("boom"))
    assert report.failed == [ItemFailure(0, "a", "boom", None, None)]


# ------------------------------------------------------------------------------------------------ senders

Sender = Callable[[list[int]], list[str]]


def _record(report: BatchReport[str], indexes: list[int], result: list[str]) -> None:
    report.requests += 1
    report.succeeded.extend(zip(indexes, result, strict=True))


def _sender(items: list[str], failing: set[int], sent: list[list[int]]) -> Sender:
    """Answers each item with its id; a request holding any index of ``failing`` fails as a whole."""

    def send(indexes: list[int]) -> list[str]:
        sent.append(list(indexes))
        if failing & set(indexes):
            raise BadRequestError("refused", status_code=400, error_code="E1")
        return [f"id-{items[i]}" for i in indexes]

    return send


def _as_async(send: Sender) -> Callable[[list[int]], Awaitable[list[str]]]:
    async def asend(indexes: list[int]) -> list[str]:
        return send(indexes)

    return asend


ITEMS = ["e", "d", "c", "b", "a"]  # answers (ids) sort the other way round from positions
BATCHES = [[3, 4], [0, 1], [2]]  # out of order on purpose: the report comes back sorted


def _check_partial_report(report: BatchReport[str], sent: list[list[int]]) -> None:
    assert sent == BATCHES  # never stops after a failed request
    assert report.succeeded == [(2, "id-c"), (3, "id-b"), (4, "id-a")]
    assert [(f.index, f.item, f.error_code) for f in report.failed] == [(0, "e", "E1"), (1, "d", "E1")]
    assert all(isinstance(f.error, BadRequestError) for f in report.failed)
    assert report.requests == 2


def test_send_in_batches_reports_every_item_of_a_partly_failed_send() -> None:
    sent: list[list[int]] = []
    report = send_in_batches(ITEMS, BATCHES, BatchReport(), _sender(ITEMS, {0}, sent), _record)
    _check_partial_report(report, sent)


async def test_asend_in_batches_reports_every_item_of_a_partly_failed_send() -> None:
    sent: list[list[int]] = []
    report = await asend_in_batches(ITEMS, BATCHES, BatchReport(), _as_async(_sender(ITEMS, {0}, sent)), _record)
    _check_partial_report(report, sent)


def _own_on_error(report: BatchReport[str], indexes: list[int], exc: APIError) -> None:
    report.failed.append(ItemFailure(indexes[0], "whole request", f"own: {exc.error_code}"))


def test_send_in_batches_uses_the_callers_error_recorder() -> None:
    sent: list[list[int]] = []
    report = send_in_batches(ITEMS, BATCHES, BatchReport(), _sender(ITEMS, {0}, sent), _record, _own_on_error)
    assert report.failed == [ItemFailure(0, "whole request", "own: E1")]
    assert sent == BATCHES


async def test_asend_in_batches_uses_the_callers_error_recorder() -> None:
    sent: list[list[int]] = []
    send = _as_async(_sender(ITEMS, {0}, sent))
    report = await asend_in_batches(ITEMS, BATCHES, BatchReport(), send, _record, _own_on_error)
    assert report.failed == [ItemFailure(0, "whole request", "own: E1")]
    assert sent == BATCHES


def test_send_in_batches_keeps_failures_already_planned_and_sorts_them() -> None:
    report: BatchReport[str] = BatchReport(failed=[_failure(4, "refused before sending")])
    result = send_in_batches(ITEMS, [[0, 1], [2]], report, _sender(ITEMS, {2}, []), _record)
    assert result is report
    assert [(f.index, f.reason) for f in result.failed] == [(2, str(_api_error())), (4, "refused before sending")]


def _api_error() -> APIError:
    return BadRequestError("refused", status_code=400, error_code="E1")


def test_errors_that_are_not_api_errors_propagate() -> None:
    def send(indexes: list[int]) -> list[str]:
        raise ValueError("a bug, not an answer")

    with pytest.raises(ValueError, match="a bug"):
        send_in_batches(ITEMS, [[0]], BatchReport(), send, _record)


async def test_async_errors_that_are_not_api_errors_propagate() -> None:
    async def send(indexes: list[int]) -> list[str]:
        raise ValueError("a bug, not an answer")

    with pytest.raises(ValueError, match="a bug"):
        await asend_in_batches(ITEMS, [[0]], BatchReport(), send, _record)


def test_a_planned_request_fits_its_byte_limit_on_the_wire() -> None:
    # The default envelope really covers a DMS-style body: {"messages":[item,item,...]}.
    messages = [{"body": "\u00e9" * n, "attributes": {"k": "v"}} for n in (3, 40, 17, 5, 29, 11)]
    limits = _limits(max_bytes=64 + 120)
    batches, refused = plan_batches([json_size(m) for m in messages], limits, "messages")
    assert refused == []
    assert len(batches) > 1
    for indexes in batches:
        body = json.dumps({"messages": [messages[i] for i in indexes]}, separators=(",", ":"), ensure_ascii=False)
        assert len(body.encode("utf-8")) <= 64 + 120
