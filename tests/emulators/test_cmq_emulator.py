"""The CMQ emulator through the CMQ client: receive, visibility timeouts and receipt handles, code 7000, long
polling, delays, batch limits and partial failures, rewind, topics routed by tag and binding key, pagination,
signatures (HmacSHA1 and HmacSHA256)."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from mqclients._core.errors import AuthenticationError, BadRequestError, ConflictError, MQClientError
from mqclients._signing.tencent_cmq import CMQAuth, CMQCredentials
from mqclients.cmq import CMQ, AsyncCMQ
from mqclients.emulators.cmq import binding_matches
from mqclients.emulators.pytest_plugin import RunningEmulator, cmq_arguments
from tests.emulators.cmq_calls import (
    acreate_queue,
    areceive,
    asend,
    attributes,
    create_queue,
    delete,
    publish,
    queue_names,
    receive,
    receive_all,
    send,
    topic_with_queues,
)


def test_send_receive_delete_and_7000_on_empty(cmq_client: CMQ) -> None:
    create_queue(cmq_client, "orders")
    sent = send(cmq_client, "orders", "hello world & é中")
    got = receive(cmq_client, "orders")
    assert got is not None
    assert (got.msg_body, got.msg_id, got.dequeue_count) == ("hello world & é中", sent, 1)
    assert receive(cmq_client, "orders") is None  # invisible: the empty answer (7000) is None
    delete(cmq_client, "orders", str(got.receipt_handle))
    assert attributes(cmq_client, "orders").active_msg_num == 0


def test_visibility_timeout_expiry_redelivers_and_invalidates_the_old_handle(
    cmq_client: CMQ, cmq_emulator: RunningEmulator
) -> None:
    create_queue(cmq_client, "jobs", visibility_timeout=10)
    send(cmq_client, "jobs", "work")
    first = receive(cmq_client, "jobs")
    assert first is not None
    assert attributes(cmq_client, "jobs").inactive_msg_num == 1
    cmq_emulator.advance(10)
    second = receive(cmq_client, "jobs")
    assert second is not None
    assert second.dequeue_count == 2
    assert second.receipt_handle != first.receipt_handle
    with pytest.raises(ConflictError) as stale:
        delete(cmq_client, "jobs", str(first.receipt_handle))
    assert stale.value.error_code == "4430"
    delete(cmq_client, "jobs", str(second.receipt_handle))
    cmq_emulator.advance(10)
    assert receive(cmq_client, "jobs") is None


def test_long_poll_waits_polling_wait_seconds_and_wakes_on_a_send(cmq_client: CMQ) -> None:
    create_queue(cmq_client, "poll")
    started = time.monotonic()
    assert receive(cmq_client, "poll", wait=1) is None
    waited = time.monotonic() - started
    assert 0.9 <= waited < 5, waited
    sender = threading.Timer(0.3, lambda: send(cmq_client, "poll", "late"))
    started = time.monotonic()
    sender.start()
    got = receive(cmq_client, "poll", wait=10)
    woke = time.monotonic() - started
    sender.join()
    assert got is not None
    assert got.msg_body == "late"
    assert 0.25 <= woke < 5, woke


def test_delay_seconds_hide_a_message_until_they_pass(cmq_client: CMQ, cmq_emulator: RunningEmulator) -> None:
    create_queue(cmq_client, "later")
    send(cmq_client, "later", "in a minute", delay_seconds=60)
    assert receive(cmq_client, "later") is None
    assert attributes(cmq_client, "later").delay_msg_num == 1
    cmq_emulator.advance(60)
    got = receive(cmq_client, "later")
    assert got is not None
    assert got.msg_body == "in a minute"


def test_batches_within_limits_and_a_partial_batch_delete_reports_each_failed_handle(cmq_client: CMQ) -> None:
    create_queue(cmq_client, "bulk")
    report = cmq_client.send_batched("bulk", [f"m{i}" for i in range(40)])
    assert report.requests == 3
    assert not report.failed
    received = receive_all(cmq_client, "bulk")
    assert len(received) == 16
    handles = [str(r.receipt_handle) for r in received[:3]]
    result = cmq_client.delete_batched("bulk", [*handles, "bogus.handle"])
    assert [f.item for f in result.failed] == ["bogus.handle"]
    assert result.failed[0].error_code == "4430"
    assert len(result.succeeded) == 3


def test_limits_the_client_checks_are_enforced_by_the_emulator_too(cmq_emulator: RunningEmulator) -> None:
    keys = cmq_emulator.keys
    auth = CMQAuth(CMQCredentials(keys.secret_id, keys.secret_key))
    url = f"{cmq_emulator.url}/v2/index.php"
    with httpx.Client(auth=auth, timeout=10) as raw:
        assert raw.post(url, data={"Action": "CreateQueue", "queueName": "raw"}).json()["code"] == 0
        seventeen = {"Action": "BatchSendMessage", "queueName": "raw", **{f"msgBody.{i}": "x" for i in range(17)}}
        answer = raw.post(url, data=seventeen).json()
        assert answer["code"] == 4000
        assert "msgBody" in answer["message"]
        big = {"Action": "BatchSendMessage", "queueName": "raw", **{f"msgBody.{i}": "y" * 40_000 for i in range(2)}}
        assert raw.post(url, data=big).json()["code"] == 4470
        gap = {"Action": "BatchSendMessage", "queueName": "raw", "msgBody.0": "a", "msgBody.2": "c"}
        assert raw.post(url, data=gap).json()["code"] == 4000
        too_large = {"Action": "SendMessage", "queueName": "raw", "msgBody": "z" * 70_000}
        assert raw.post(url, data=too_large).json()["code"] == 4400
        answer = raw.post(url, data={"Action": "ReceiveMessage", "queueName": "raw", "pollingWaitSeconds": "31"}).json()
        assert answer["code"] == 4000
        assert "pollingWaitSeconds" in answer["message"]


def test_a_deleted_queue_name_is_reusable_only_after_ten_seconds(
    cmq_client: CMQ, cmq_emulator: RunningEmulator
) -> None:
    from mqclients.cmq_api.models import DeleteQueueRequest

    create_queue(cmq_client, "again")
    with pytest.raises(ConflictError):
        create_queue(cmq_client, "again")
    cmq_client.delete_queue(body=DeleteQueueRequest(queue_name="again"))
    with pytest.raises(ConflictError) as early:
        create_queue(cmq_client, "again")
    assert early.value.error_code == "6040"
    cmq_emulator.advance(10)
    create_queue(cmq_client, "again")


def test_rewind_replays_deleted_messages_within_the_window(cmq_client: CMQ, cmq_emulator: RunningEmulator) -> None:
    from mqclients.cmq_api.models import RewindQueueRequest

    create_queue(cmq_client, "replay", rewind_seconds=3600)
    start = int(cmq_emulator.backend.clock.now()) - 1
    for body in ("a", "b"):
        send(cmq_client, "replay", body)
    for got in receive_all(cmq_client, "replay"):
        delete(cmq_client, "replay", str(got.receipt_handle))
    assert receive(cmq_client, "replay") is None
    cmq_client.rewind_queue(body=RewindQueueRequest(queue_name="replay", start_consume_time=start))
    assert [r.msg_body for r in receive_all(cmq_client, "replay")] == ["a", "b"]
    create_queue(cmq_client, "norewind")
    with pytest.raises(BadRequestError) as refused:
        cmq_client.rewind_queue(body=RewindQueueRequest(queue_name="norewind", start_consume_time=start))
    assert refused.value.error_code == "6050"


def test_publish_routes_by_filter_tag(cmq_client: CMQ) -> None:
    topic_with_queues(
        cmq_client, "events", 1, {"reds": {"filter_tag": ["red"]}, "all": {}, "blues": {"filter_tag": ["blue"]}}
    )
    publish(cmq_client, "events", "r", msg_tag=["red"])
    publish(cmq_client, "events", "rb", msg_tag=["red", "blue"])
    publish(cmq_client, "events", "none")
    assert [m.msg_body for m in receive_all(cmq_client, "reds")] == ["r", "rb"]
    assert [m.msg_body for m in receive_all(cmq_client, "blues")] == ["rb"]
    assert [m.msg_body for m in receive_all(cmq_client, "all")] == ["r", "rb", "none"]


def test_publish_routes_by_binding_key(cmq_client: CMQ) -> None:
    topic_with_queues(
        cmq_client,
        "routes",
        2,
        {
            "eu": {"binding_key": ["order.eu.*"]},
            "every": {"binding_key": ["order.#"]},
            "paid": {"binding_key": ["*.*.paid"]},
        },
    )
    publish(cmq_client, "routes", "1", routing_key="order.eu.paid")
    publish(cmq_client, "routes", "2", routing_key="order.us.paid")
    publish(cmq_client, "routes", "3", routing_key="order")
    report = cmq_client.publish_batched("routes", ["4", "5"], routing_key="order.eu.new")
    assert not report.failed
    assert [m.msg_body for m in receive_all(cmq_client, "eu")] == ["1", "4", "5"]
    assert [m.msg_body for m in receive_all(cmq_client, "every")] == ["1", "2", "3", "4", "5"]
    assert [m.msg_body for m in receive_all(cmq_client, "paid")] == ["1", "2"]


def test_binding_key_words() -> None:
    assert binding_matches("a.#", "a")
    assert binding_matches("#", "a.b.c")
    assert binding_matches("a.*.c", "a.b.c")
    assert not binding_matches("a.*", "a.b.c")
    assert not binding_matches("a.*", "a")


def test_list_queue_pages_through_many_queues(cmq_client: CMQ) -> None:
    names = [f"q-{i:03d}" for i in range(120)]
    for name in names:
        create_queue(cmq_client, name)
    create_queue(cmq_client, "other")
    assert queue_names(cmq_client, search_word="q-", limit=50) == names
    assert len(queue_names(cmq_client)) == 121


def test_wrong_secret_gets_code_4100_and_sha256_signatures_are_accepted(cmq_emulator: RunningEmulator) -> None:
    arguments = cmq_arguments(cmq_emulator)
    with CMQ(**{**arguments, "secret_key": "not-the-key"}) as wrong, pytest.raises(AuthenticationError) as refused:
        create_queue(wrong, "nope")
    assert refused.value.error_code == "4100"
    assert "not-the-key" not in str(refused.value)
    with CMQ(**arguments, sign_method="HmacSHA256") as sha256:
        create_queue(sha256, "yes")
        assert queue_names(sha256) == ["yes"]


def test_consume_loop_ends_when_empty_and_deletes_what_it_handled(cmq_client: CMQ) -> None:
    create_queue(cmq_client, "loop")
    cmq_client.send_batched("loop", [str(i) for i in range(20)])
    with cmq_client.consume("loop", polling_wait_seconds=0, stop_when_empty=True) as messages:
        seen = [m.msg_body for m in messages]
    assert seen == [str(i) for i in range(20)]
    assert attributes(cmq_client, "loop").active_msg_num == 0
    assert attributes(cmq_client, "loop").inactive_msg_num == 0


async def test_async_client_over_a_port(async_cmq_client: AsyncCMQ, cmq_emulator: RunningEmulator) -> None:
    await acreate_queue(async_cmq_client, "aq", visibility_timeout=5)
    await asend(async_cmq_client, "aq", "x")
    got = await areceive(async_cmq_client, "aq", wait=1)
    assert got is not None
    assert await areceive(async_cmq_client, "aq") is None
    cmq_emulator.advance(5)
    again = await areceive(async_cmq_client, "aq")
    assert again is not None
    assert again.dequeue_count == 2


async def test_async_in_process_long_poll_and_consume(async_cmq_client_inprocess: AsyncCMQ) -> None:
    cmq = async_cmq_client_inprocess
    await acreate_queue(cmq, "inproc")
    started = time.monotonic()
    assert await areceive(cmq, "inproc", wait=1) is None
    assert time.monotonic() - started >= 0.9
    report = await cmq.send_batched("inproc", ["a", "b", "c"])
    assert not report.failed
    seen = []
    async with cmq.consume("inproc", polling_wait_seconds=0, stop_when_empty=True) as messages:
        async for message in messages:
            seen.append(message.msg_body)
    assert seen == ["a", "b", "c"]
    with pytest.raises(MQClientError):
        await acreate_queue(cmq, "inproc")
