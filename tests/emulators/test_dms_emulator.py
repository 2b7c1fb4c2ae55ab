"""The DMS emulator through the DMS client: delivery per group, invisibility and its expiry, redelivery counts,
dead letters, long polling, delays, FIFO order, tags, limits, signatures and fault injection."""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from mqclients._core.errors import AuthenticationError, ConflictError, PermissionDeniedError, ServerError
from mqclients._signing.huawei import HuaweiAKSKAuth, HuaweiCredentials
from mqclients.dms import DMS, AsyncDMS
from mqclients.dms_api.models import CreateGroupsRequest, NewGroup
from mqclients.emulators.core import Faults
from mqclients.emulators.pytest_plugin import RunningEmulator, dms_arguments
from tests.emulators.dms_calls import acks, aqueue_with_group, asend, queue_request, queue_with_group, send


def bodies(consumed: list) -> list:  # type: ignore[type-arg]
    return [m.message.body for m in consumed]


def test_every_group_gets_every_message_including_those_sent_before_it_existed(dms_client: DMS) -> None:
    queue_id, first = queue_with_group(dms_client)
    send(dms_client, queue_id, {"order": 1}, "two")
    second = dms_client.create_groups(queue_id, body=CreateGroupsRequest(groups=[NewGroup(name="audit")])).groups[0].id
    for group in (first, second):
        got = dms_client.consume_messages(queue_id, group, time_wait=1)
        assert bodies(got) == [{"order": 1}, "two"]
        assert dms_client.ack_messages(queue_id, group, body=acks(*((m.handler, "success") for m in got))).success == 2
    counters = {g.name: g for g in dms_client.list_groups(queue_id).groups}
    assert counters["workers"].consumed_messages == 2
    assert counters["workers"].available_messages == 0


def test_an_unacked_message_is_invisible_until_ack_wait_expires_then_comes_back(
    dms_client: DMS, dms_emulator: RunningEmulator
) -> None:
    queue_id, group = queue_with_group(dms_client)
    send(dms_client, queue_id, "once")
    first = dms_client.consume_messages(queue_id, group, time_wait=1, ack_wait=15)
    assert bodies(first) == ["once"]
    assert dms_client.consume_messages(queue_id, group, time_wait=1) == []  # still invisible
    dms_emulator.advance(15.1)
    again = dms_client.consume_messages(queue_id, group, time_wait=1)
    assert bodies(again) == ["once"]
    assert again[0].handler != first[0].handler
    # the expired handler acknowledges nothing; the new one does
    assert dms_client.ack_messages(queue_id, group, body=acks((first[0].handler, "success"))).fail == 1
    assert dms_client.ack_messages(queue_id, group, body=acks((again[0].handler, "success"))).success == 1


def test_acks_are_taken_in_order_and_stop_at_the_first_invalid_handler(dms_client: DMS) -> None:
    queue_id, group = queue_with_group(dms_client)
    send(dms_client, queue_id, "a", "b", "c")
    got = dms_client.consume_messages(queue_id, group, time_wait=1)
    result = dms_client.ack_messages(
        queue_id,
        group,
        body=acks((got[0].handler, "success"), ("not-a-handler", "success"), (got[2].handler, "success")),
    )
    assert (result.success, result.fail) == (1, 2)


def test_failed_consumptions_reach_max_consume_count_and_the_message_becomes_a_dead_letter(
    dms_client: DMS, dms_emulator: RunningEmulator
) -> None:
    queue_id, group = queue_with_group(dms_client, redrive_policy="enable", max_consume_count=3)
    send(dms_client, queue_id, "poison")
    for attempt in range(3):
        got = dms_client.consume_messages(queue_id, group, time_wait=1)
        assert bodies(got) == ["poison"], f"delivery {attempt + 1}"
        if attempt < 2:
            dms_client.ack_messages(queue_id, group, body=acks((got[0].handler, "fail")))
        else:  # the third failure is an expired ack wait: it counts too
            dms_emulator.advance(31)
    assert dms_client.consume_messages(queue_id, group, time_wait=1) == []
    listed = dms_client.list_groups(queue_id, include_deadletter=True).groups[0]
    assert listed.available_deadletters == 1
    dead = dms_client.consume_deadletters(queue_id, group, time_wait=1)
    assert [d.message.body for d in dead] == ["poison"]
    assert dms_client.ack_deadletters(queue_id, group, body=acks((dead[0].handler, "success"))).success == 1
    assert dms_client.consume_deadletters(queue_id, group, time_wait=1) == []


def test_without_redrive_a_failing_message_is_redelivered_forever(dms_client: DMS) -> None:
    queue_id, group = queue_with_group(dms_client)
    send(dms_client, queue_id, "again")
    for _ in range(5):
        got = dms_client.consume_messages(queue_id, group, time_wait=1)
        assert bodies(got) == ["again"]
        dms_client.ack_messages(queue_id, group, body=acks((got[0].handler, "fail")))


def test_long_poll_waits_time_wait_on_an_empty_queue_and_wakes_early_on_a_send(dms_client: DMS) -> None:
    queue_id, group = queue_with_group(dms_client)
    started = time.monotonic()
    assert dms_client.consume_messages(queue_id, group, time_wait=1) == []
    waited = time.monotonic() - started
    assert 0.9 <= waited < 5, waited

    def later() -> None:
        time.sleep(0.3)
        send(dms_client, queue_id, "wake")

    sender = threading.Thread(target=later)
    started = time.monotonic()
    sender.start()
    got = dms_client.consume_messages(queue_id, group, time_wait=10)
    woke = time.monotonic() - started
    sender.join()
    assert bodies(got) == ["wake"], woke
    assert 0.25 <= woke < 5, woke


def test_delay_time_hides_a_message_until_it_passes(dms_client: DMS, dms_emulator: RunningEmulator) -> None:
    queue_id, group = queue_with_group(dms_client)
    send(dms_client, queue_id, "later", delay_time=60_000)
    send(dms_client, queue_id, "now")
    now = dms_client.consume_messages(queue_id, group, time_wait=1)
    assert bodies(now) == ["now"]
    dms_client.ack_messages(queue_id, group, body=acks((now[0].handler, "success")))
    dms_emulator.advance(60)
    assert bodies(dms_client.consume_messages(queue_id, group, time_wait=1)) == ["later"]


def test_fifo_delivers_strictly_in_order(dms_client: DMS, dms_emulator: RunningEmulator) -> None:
    queue_id, group = queue_with_group(dms_client, queue_mode="FIFO")
    send(dms_client, queue_id, 1, 2, 3)
    first = dms_client.consume_messages(queue_id, group, max_msgs=1, time_wait=1)
    assert bodies(first) == [1]
    # nothing overtakes the message in flight
    assert dms_client.consume_messages(queue_id, group, time_wait=1) == []
    dms_client.ack_messages(queue_id, group, body=acks((first[0].handler, "fail")))
    assert bodies(dms_client.consume_messages(queue_id, group, time_wait=1)) == [1, 2, 3]


def test_tags_filter_what_a_consume_answers(dms_client: DMS) -> None:
    queue_id, group = queue_with_group(dms_client)
    send(dms_client, queue_id, "red", tags=["red"])
    send(dms_client, queue_id, "blue", tags=["blue"])
    send(dms_client, queue_id, "both", tags=["red", "blue"])
    assert bodies(dms_client.consume_messages(queue_id, group, tag=["red", "blue"], tag_type="and", time_wait=1)) == [
        "both"
    ]
    assert bodies(dms_client.consume_messages(queue_id, group, tag=["blue"], time_wait=1)) == ["blue"]


def test_send_batched_splits_into_requests_of_ten_and_stores_every_message(dms_client: DMS) -> None:
    from mqclients.dms_api.models import NewMessage

    queue_id, group = queue_with_group(dms_client)
    report = dms_client.send_batched(queue_id, [NewMessage(body=i) for i in range(25)], return_id=True)
    assert report.requests == 3
    assert not report.failed
    assert len(report.succeeded) == 25
    seen: list[Any] = []
    with dms_client.consume(queue_id, group, time_wait=1, stop_when_empty=True) as messages:
        seen.extend(m.message.body for m in messages)
    assert sorted(seen) == list(range(25))


def test_limits_and_rules_the_client_does_not_check_are_refused_by_the_emulator(dms_emulator: RunningEmulator) -> None:
    keys = dms_emulator.keys
    auth = HuaweiAKSKAuth(HuaweiCredentials(keys.ak, keys.sk, project_id=keys.project_id))
    base = f"{dms_emulator.url}/v1.0/{keys.project_id}"
    with httpx.Client(auth=auth, timeout=10) as raw:
        answer = raw.post(f"{base}/queues", json={"name": "q", "redrive_policy": "enable"})
        assert answer.status_code == 400
        assert "max_consume_count" in answer.json()["error_msg"]
        answer = raw.post(f"{base}/queues", json={"name": "q", "queue_mode": "SOMETIMES"})
        assert answer.status_code == 400
        assert "queue_mode" in answer.json()["error_msg"]
        queue_id = raw.post(f"{base}/queues", json={"name": "q"}).json()["id"]
        eleven = {"messages": [{"body": i} for i in range(11)]}
        answer = raw.post(f"{base}/queues/{queue_id}/messages", json=eleven)
        assert answer.status_code == 400
        assert "messages" in answer.json()["error_msg"]
        too_big = {"messages": [{"body": "x" * 300_000}, {"body": "y" * 300_000}]}
        answer = raw.post(f"{base}/queues/{queue_id}/messages", json=too_big)
        assert answer.status_code == 400
        assert "512 KB" in answer.json()["error_msg"]
        three = {"groups": [{"name": f"g{i}"} for i in range(3)]}
        assert raw.post(f"{base}/queues/{queue_id}/groups", json=three).status_code == 201
        answer = raw.post(f"{base}/queues/{queue_id}/groups", json={"groups": [{"name": "fourth"}]})
        assert answer.status_code == 400
        assert answer.json()["error_code"] == "10240019"
        answer = raw.get(f"{base}/queues/no-such-queue")
        assert answer.status_code == 404
        assert answer.json()["error_code"] == "10240401"


def test_a_wrong_secret_or_project_is_refused_with_the_vendor_errors(dms_emulator: RunningEmulator) -> None:
    arguments = dms_arguments(dms_emulator)
    with DMS(**{**arguments, "sk": "not-the-secret"}) as wrong, pytest.raises(AuthenticationError) as refused:
        wrong.list_queues()
    assert refused.value.error_code == "10240101"
    assert "not-the-secret" not in str(refused.value)
    with DMS(**{**arguments, "project_id": "someone-else"}) as other, pytest.raises(PermissionDeniedError):
        other.list_queues()
    with DMS(**arguments) as right:
        created = right.create_queue(body=queue_request("dup"))
        with pytest.raises(ConflictError) as exists:
            right.create_queue(body=queue_request("dup"))
        right.create_groups(created.id, groups=[NewGroup(name="g")])
        with pytest.raises(ConflictError) as group_exists:
            right.create_groups(created.id, groups=[NewGroup(name="g")])
    assert exists.value.error_code == "10240017"
    assert group_exists.value.error_code == "10240018"


def test_injected_faults_answer_internal_errors_that_the_client_retries(dms_emulator: RunningEmulator) -> None:
    dms_emulator.backend.faults = Faults(error_rate=1.0)
    try:
        with DMS(**dms_arguments(dms_emulator), max_retries=1) as dms, pytest.raises(ServerError):
            dms.list_queues()
        dms_emulator.backend.faults = Faults(latency=0.3)
        with DMS(**dms_arguments(dms_emulator)) as dms:
            started = time.monotonic()
            assert dms.get_quotas().quotas.resources is not None
            assert time.monotonic() - started >= 0.3
    finally:
        dms_emulator.backend.faults = Faults()


def test_quotas_count_what_the_project_uses(dms_client: DMS) -> None:
    queue_with_group(dms_client, "one")
    queue_with_group(dms_client, "two")
    used = {r.type_: r.used for r in dms_client.get_quotas().quotas.resources}  # type: ignore[union-attr]
    assert used == {"queue": 2, "group": 2}


async def test_async_client_dead_letter_flow(async_dms_client: AsyncDMS, dms_emulator: RunningEmulator) -> None:
    queue_id, group = await aqueue_with_group(async_dms_client, redrive_policy="enable", max_consume_count=1)
    await asend(async_dms_client, queue_id, "bad", "good")
    got = await async_dms_client.consume_messages(queue_id, group, time_wait=1)
    result = await async_dms_client.ack_messages(
        queue_id, group, body=acks((got[0].handler, "fail"), (got[1].handler, "success"))
    )
    assert (result.success, result.fail) == (2, 0)
    dead = await async_dms_client.consume_deadletters(queue_id, group, time_wait=1)
    assert [d.message.body for d in dead] == ["bad"]


async def test_async_long_poll_and_consume_loop_in_process(async_dms_client_inprocess: AsyncDMS) -> None:
    dms = async_dms_client_inprocess
    queue_id, group = await aqueue_with_group(dms)
    started = time.monotonic()
    assert await dms.consume_messages(queue_id, group, time_wait=1) == []
    assert time.monotonic() - started >= 0.9
    await asend(dms, queue_id, *range(6))
    await asend(dms, queue_id, *range(6, 12))
    seen = []
    async with dms.consume(queue_id, group, time_wait=1, stop_when_empty=True) as messages:
        async for consumed in messages:
            seen.append(consumed.message.body)
    assert seen == list(range(12))
    assert await dms.consume_messages(queue_id, group, time_wait=1) == []  # all acked on the way
