"""DMS v1.0 on the wire: every operation, the consumer loop and the batching sender, sync and async, against a
loopback server that checks each request against the spec and its signature against the official signer."""

from __future__ import annotations

import time

import pytest

from mqclients import errors
from mqclients.dms import DMS
from mqclients.dms_api.models import (
    AckEntry,
    AckRequest,
    CreateGroupsRequest,
    CreateQueueRequest,
    MessageAttributes,
    NewGroup,
    NewMessage,
    SendMessagesRequest,
)
from servers.spec_mock import Reply, SpecServer
from tests.support.dms_fake import DMSFake

Server = tuple[SpecServer, DMSFake, str]


def queue_with_group(dms: DMS) -> tuple[str, str]:
    queue = dms.create_queue(body=CreateQueueRequest(name="orders", description="test queue"))
    groups = dms.create_groups(queue.id, body=CreateGroupsRequest([NewGroup(name="billing")]))
    return queue.id, groups.groups[0].id


def test_every_operation_round_trips(dms: DMS, dms_server: Server) -> None:
    server, fake, _ = dms_server
    queue_id, group_id = queue_with_group(dms)
    assert [q.name for q in dms.list_queues().queues] == ["orders"]
    assert dms.list_queues(include_deadletter=True).total == 1
    assert dms.get_queue(queue_id).name == "orders"
    assert [g.name for g in dms.list_groups(queue_id).groups] == ["billing"]

    sent = dms.send_messages(
        queue_id,
        body=SendMessagesRequest(
            [NewMessage(body={"n": 1}, attributes=MessageAttributes.from_dict({"source": "test"}), tags=["vip"])],
            return_id=True,
        ),
    )
    assert sent is not None
    assert sent.messages is not None
    assert sent.messages[0].state == 0

    consumed = dms.consume_messages(queue_id, group_id, max_msgs=5, time_wait=1)
    assert [c.message.body for c in consumed] == [{"n": 1}]
    acked = dms.ack_messages(queue_id, group_id, body=AckRequest([AckEntry(consumed[0].handler, "success")]))
    assert (acked.success, acked.fail) == (1, 0)

    fake.max_consume_count = 1  # one failed delivery makes a dead letter
    dms.send_messages(queue_id, body=SendMessagesRequest([NewMessage(body="poison")]))
    poison = dms.consume_messages(queue_id, group_id, time_wait=1)
    dms.ack_messages(queue_id, group_id, body=AckRequest([AckEntry(poison[0].handler, "fail")]))
    dead = dms.consume_deadletters(queue_id, group_id, time_wait=1)
    assert [d.message.body for d in dead] == ["poison"]
    done = dms.ack_deadletters(queue_id, group_id, body=AckRequest([AckEntry(dead[0].handler, "success")]))
    assert done.success == 1

    quotas = dms.get_quotas()
    assert quotas.quotas.resources is not None
    assert [r.type_ for r in quotas.quotas.resources] == ["queue", "group"]

    dms.delete_group(queue_id, group_id)
    dms.delete_queue(queue_id)
    with pytest.raises(errors.NotFoundError) as missing:
        dms.get_queue(queue_id)
    assert missing.value.error_code == "10240401"  # the DMS error code table's "no such queue"
    assert missing.value.request_id  # X-Request-Id
    exercised = {r.operation_id or "" for r in server.received}
    assert len(exercised) == 13, sorted(exercised)


def test_project_id_and_signature_on_every_request(dms: DMS, dms_server: Server) -> None:
    server, _, _ = dms_server
    dms.list_queues()
    request = server.received[-1]
    assert request.path.startswith("/v1.0/0a1b2c3d4e5f60718293a4b5c6d7e8f9/")
    assert request.headers["authorization"].startswith("SDK-HMAC-SHA256 Access=HPUAWIRETESTAK000001")
    assert "x-sdk-date" in request.headers


def test_documented_rules_fail_before_any_request(dms: DMS, dms_server: Server) -> None:
    server, _, _ = dms_server
    with pytest.raises(errors.ValidationError) as groups:
        dms.create_groups("q", body=CreateGroupsRequest([NewGroup(name=f"g{i}") for i in range(4)]))
    assert groups.value.field == "groups"
    assert "at most 3" in groups.value.rule
    with pytest.raises(errors.ValidationError, match="name: must match"):
        dms.create_queue(body=CreateQueueRequest(name="bad name!"))
    with pytest.raises(errors.ValidationError, match="time_wait: must be at most 60"):
        dms.consume_messages("q", "g", time_wait=61)
    with pytest.raises(errors.ValidationError, match="messages: must have at most 10"):
        dms.send_messages("q", body=SendMessagesRequest([NewMessage(body=i) for i in range(11)]))
    assert server.received == []


def test_consumer_acks_in_consume_order_success_and_fail(dms: DMS, dms_server: Server) -> None:
    _, fake, _ = dms_server
    queue_id, group_id = queue_with_group(dms)
    dms.send_batched(queue_id, [NewMessage(body=f"m{i}") for i in range(6)])
    seen = []
    with dms.consume(queue_id, group_id, max_msgs=3, time_wait=1, stop_when_empty=True) as messages:
        for consumed in messages:
            seen.append(consumed.message.body)
            if consumed.message.body == "m1":
                fake.max_consume_count = 99
                continue  # handled: success
    assert seen == ["m0", "m1", "m2", "m3", "m4", "m5"]
    # one ack request per batch of 3, entries in the order consumed, all success
    assert [[status for _, status in batch] for batch in fake.ack_log] == [["success"] * 3, ["success"] * 3]


def test_a_raising_body_acks_fail_and_releases_the_rest(dms: DMS, dms_server: Server) -> None:
    _, fake, _ = dms_server
    fake.max_consume_count = 99
    queue_id, group_id = queue_with_group(dms)
    dms.send_batched(queue_id, [NewMessage(body=f"m{i}") for i in range(3)])

    def handle_until_m1_fails() -> None:
        with dms.consume(queue_id, group_id, max_msgs=3, time_wait=1) as messages:
            for consumed in messages:
                if consumed.message.body == "m1":
                    raise RuntimeError("handler failed")

    with pytest.raises(RuntimeError):
        handle_until_m1_fails()
    assert [[status for _, status in batch] for batch in fake.ack_log] == [["success", "fail", "fail"]]
    # the failed and the never-handled messages come back, in order
    again = [c.message.body for c in dms.consume(queue_id, group_id, time_wait=1, stop_when_empty=True)]
    assert again == ["m1", "m2"]


def test_consumer_long_polls_an_empty_queue(dms: DMS) -> None:
    queue_id, group_id = queue_with_group(dms)
    started = time.monotonic()
    consumer = dms.consume(queue_id, group_id, time_wait=1, stop_when_empty=True)
    assert list(consumer) == []
    assert time.monotonic() - started >= 0.9  # the server held the poll for time_wait
    assert consumer.stats.polls == 1


def test_max_messages_stops_and_releases_the_remainder(dms: DMS, dms_server: Server) -> None:
    _, fake, _ = dms_server
    queue_id, group_id = queue_with_group(dms)
    dms.send_batched(queue_id, [NewMessage(body=i) for i in range(5)])
    taken = [c.message.body for c in dms.consume(queue_id, group_id, max_msgs=5, time_wait=1, max_messages=2)]
    assert taken == [0, 1]
    assert [s for _, s in fake.ack_log[0]] == ["success", "success", "fail", "fail", "fail"]


def test_send_batched_splits_by_count_and_bytes(dms: DMS, dms_server: Server) -> None:
    server, _, _ = dms_server
    queue_id, _ = queue_with_group(dms)
    server.received.clear()
    report = dms.send_batched(queue_id, [NewMessage(body=f"m{i}") for i in range(25)], return_id=True)
    assert report.ok
    assert report.requests == 3
    assert [len(r.json()["messages"]) for r in server.received] == [10, 10, 5]
    assert [index for index, _ in report.succeeded] == list(range(25))
    assert all(message_id for _, message_id in report.succeeded)

    server.received.clear()
    big = "x" * 200_000  # three of these exceed 512 KB
    report = dms.send_batched(queue_id, [NewMessage(body=big) for _ in range(5)])
    assert report.ok
    assert [len(r.json()["messages"]) for r in server.received] == [2, 2, 1]
    assert all(len(r.body) <= 524288 for r in server.received)


def test_send_batched_reports_every_failed_message(dms: DMS, dms_server: Server) -> None:
    _, fake, _ = dms_server
    queue_id, _ = queue_with_group(dms)
    fake.reject_bodies = {"m3", "m12"}
    fake.fail_next_sends = 0
    messages = [NewMessage(body=f"m{i}") for i in range(15)]
    messages.insert(5, NewMessage(body="y" * 600_000))  # too large to send at all: refused before I/O
    report = dms.send_batched(queue_id, messages)
    assert not report.ok
    assert [(f.index, f.reason) for f in report.failed] == [
        (3, "rejected by the test"),
        (5, "must fit in one request of at most 524288 bytes (this one is 600011 bytes)"),
        (13, "rejected by the test"),
    ]
    assert isinstance(report.failed[1].error, errors.ValidationError)
    assert report.failed[1].error.field == "messages[5]"
    assert report.failed[0].error_code == "10240099"
    assert len(report.succeeded) == 13
    with pytest.raises(errors.MQClientError, match="3 of 16 items failed"):
        report.raise_for_failures()


def test_send_batched_reports_a_failed_request_per_message(dms: DMS, dms_server: Server) -> None:
    _, fake, _ = dms_server
    queue_id, _ = queue_with_group(dms)
    fake.fail_next_sends = 1  # the first request answers 500; POST is never replayed
    report = dms.send_batched(queue_id, [NewMessage(body=i) for i in range(12)])
    assert [f.index for f in report.failed] == list(range(10))
    assert all(f.error_code == "10240500" for f in report.failed)
    assert [index for index, _ in report.succeeded] == [10, 11]


def test_a_missing_group_is_typed_by_its_code(dms: DMS, dms_server: Server) -> None:
    queue_id, _ = queue_with_group(dms)
    with pytest.raises(errors.NotFoundError) as missing:
        dms.delete_group(queue_id, "g-no-such-group")
    assert missing.value.error_code == "10240405"


@pytest.mark.parametrize("code", ["10240401", "10240405"])
def test_the_not_found_codes_raise_not_found_whatever_the_status(code: str, dms: DMS, dms_server: Server) -> None:
    """The code says what happened: a gateway or an older endpoint that carries it with another status (400 here)
    still raises NotFoundError, as the spec's x-error-classes declares."""
    server, _, _ = dms_server
    server.handlers["get_queue"] = lambda received: Reply(400, {"error_code": code, "error_msg": "not found"})
    with pytest.raises(errors.NotFoundError) as missing:
        dms.get_queue("q-1")
    assert (missing.value.status_code, missing.value.error_code) == (400, code)
