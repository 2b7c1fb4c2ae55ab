"""CMQ (legacy API) on the wire: every action, sync and async, against a loopback server that checks the signed form
against the spec and the signature against the official signer (tencentcloud-sdk-python-common); the envelope's
errors and the empty receive; batch helpers and the consumer loop."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any, cast

import pytest

from mqclients import errors
from mqclients.cmq import CMQ, AsyncCMQ
from mqclients.cmq_api.models import ReceiveMessageRequest, SendMessageRequest
from servers.spec_mock import Received, Reply, SpecServer, serve
from tests.support.async_driver import sync_or_async
from tests.support.spec_calls import ROOT, SpecCalls
from tests.support.tencent_verifier import SIGNER_FIELDS, tencent_verifier

SECRET_ID = "AKIDwiretest0000000000000000000000"
SECRET_KEY = "wire-test-secret-key-0123456789ab"
CALLS = SpecCalls("tencent-cmq.yaml", "cmq_api")


class QueueFake:
    """One in-memory queue behind the data actions: enough to test the helpers and the consumer."""

    def __init__(self, server: SpecServer) -> None:
        self.visible: list[tuple[str, str]] = []  # (msgId, body)
        self.in_flight: dict[str, tuple[str, str]] = {}  # receiptHandle -> message
        self.deleted: list[str] = []
        self.delete_requests: list[list[str]] = []
        self.stale_handles: set[str] = set()
        self.reject_batch_containing: str | None = None
        self._lock = threading.Lock()
        server.handlers.update(
            batch_send_message=self.send,
            batch_receive_message=self.receive,
            receive_message=self.receive_one,
            batch_delete_message=self.delete,
        )

    @staticmethod
    def envelope(code: int = 0, message: str = "", **fields: Any) -> Reply:
        return Reply(200, {"code": code, "message": message, "requestId": uuid.uuid4().hex, **fields})

    def send(self, received: Received) -> Reply:
        form = received.form()
        bodies = [v for k, v in form if k.startswith("msgBody.")]
        if self.reject_batch_containing in bodies:
            return self.envelope(4470, "(10300)batch size exceeds the limit")
        answer = []
        with self._lock:
            for body in bodies:
                msg_id = uuid.uuid4().hex[:12]
                self.visible.append((msg_id, body))
                answer.append({"msgId": msg_id})
        return self.envelope(msgList=answer)

    def _take(self, count: int) -> list[dict[str, Any]]:
        taken: list[dict[str, Any]] = []
        with self._lock:
            while self.visible and len(taken) < count:
                msg_id, body = self.visible.pop(0)
                handle = uuid.uuid4().hex
                self.in_flight[handle] = (msg_id, body)
                times = {"enqueueTime": 1700000000, "firstDequeueTime": 1700000001, "nextVisibleTime": 1700000031}
                taken.append({"msgId": msg_id, "msgBody": body, "receiptHandle": handle, "dequeueCount": 1, **times})
        return taken

    def receive(self, received: Received) -> Reply:
        taken = self._take(int(received.form_dict()["numOfMsg"]))
        return self.envelope(msgInfoList=taken) if taken else self.envelope(7000, "(10200)no message")

    def receive_one(self, received: Received) -> Reply:
        taken = self._take(1)
        return self.envelope(**taken[0]) if taken else self.envelope(7000, "(10200)no message")

    def delete(self, received: Received) -> Reply:
        handles = [v for k, v in received.form() if k.startswith("receiptHandle.")]
        self.delete_requests.append(handles)
        failed = []
        with self._lock:
            for handle in handles:
                if handle in self.stale_handles or handle not in self.in_flight:
                    failed.append({"code": 4430, "message": "invalid receiptHandle", "receiptHandle": handle})
                    continue
                self.deleted.append(self.in_flight.pop(handle)[1])
        if not failed:
            return self.envelope()
        code = 6020 if len(failed) == len(handles) else 6010
        return self.envelope(code, "delete message partially failed", errorList=failed)


@pytest.fixture
def server() -> Iterator[tuple[SpecServer, QueueFake, str]]:
    spec_server = SpecServer(
        ROOT / "specs" / "tencent-cmq.yaml",
        verify=tencent_verifier(SECRET_ID, SECRET_KEY),
        ignore_form_fields=SIGNER_FIELDS,
    )
    fake = QueueFake(spec_server)
    with serve(spec_server) as url:
        yield spec_server, fake, url


@pytest.fixture(params=["sync", "async"])
def cmq(request: pytest.FixtureRequest, server: tuple[SpecServer, QueueFake, str]) -> Iterator[CMQ]:
    _, _, url = server
    options: dict[str, Any] = {"endpoint": url, "secret_id": SECRET_ID, "secret_key": SECRET_KEY, "max_retries": 0}
    with sync_or_async(request.param, lambda: CMQ(**options), lambda: AsyncCMQ(**options)) as client:
        yield cast(CMQ, client)


def test_the_spec_has_the_25_actions() -> None:
    assert len(CALLS.ops) == 25
    assert {path.split("#")[0] for path, _, _ in CALLS.ops.values()} == {"/v2/index.php"}


@pytest.mark.parametrize("op_id", sorted(CALLS.ops))
def test_every_action_on_the_wire(op_id: str, cmq: CMQ, server: tuple[SpecServer, QueueFake, str]) -> None:
    spec_server, _, _ = server
    spec_server.handlers.clear()  # the documented (or synthesized) answers, not the fake's
    args, kwargs = CALLS.arguments(op_id, getattr(CMQ, op_id))
    result = getattr(cmq, op_id)(*args, **kwargs)
    if op_id in CALLS.paginated():
        list(result)
    assert spec_server.problems == []
    sent = spec_server.received[0]
    action = "".join(part.capitalize() for part in op_id.split("_"))
    assert sent.form_dict()["Action"] == action
    assert sent.raw_path == "/v2/index.php"  # the spec's #fragment never goes on the wire
    assert sent.form_dict()["SignatureMethod"] == "HmacSHA1"


def test_sha256_signing_and_temporary_credentials(server: tuple[SpecServer, QueueFake, str]) -> None:
    spec_server, _, url = server
    with CMQ(
        endpoint=url, secret_id=SECRET_ID, secret_key=SECRET_KEY, token="sts-token", sign_method="HmacSHA256"
    ) as c:
        c.send_message(body=SendMessageRequest(queue_name="q1", msg_body="x"))
    form = spec_server.received[0].form_dict()
    assert (form["SignatureMethod"], form["Token"]) == ("HmacSHA256", "sts-token")
    assert spec_server.problems == []


def test_envelope_errors_are_typed_and_an_empty_receive_is_none(
    cmq: CMQ, server: tuple[SpecServer, QueueFake, str]
) -> None:
    spec_server, _, _ = server
    assert cmq.receive_message(body=ReceiveMessageRequest(queue_name="q1", polling_wait_seconds=0)) is None
    spec_server.handlers["send_message"] = lambda r: QueueFake.envelope(4440, "(10100)queue does not exist")
    with pytest.raises(errors.NotFoundError) as caught:
        cmq.send_message(body=SendMessageRequest(queue_name="missing", msg_body="x"))
    assert (caught.value.status_code, caught.value.error_code) == (200, "4440")
    assert caught.value.request_id


def test_rules_fail_before_any_request(cmq: CMQ, server: tuple[SpecServer, QueueFake, str]) -> None:
    spec_server, _, _ = server
    with pytest.raises(errors.ValidationError, match="queueName: must match"):
        cmq.send_message(body=SendMessageRequest(queue_name="1-starts-with-a-digit", msg_body="x"))
    with pytest.raises(errors.ValidationError, match="pollingWaitSeconds: must be at most 30"):
        cmq.receive_message(body=ReceiveMessageRequest(queue_name="q1", polling_wait_seconds=31))
    assert spec_server.received == []


def test_send_batched_splits_by_count_and_bytes_and_reports_failures(
    cmq: CMQ, server: tuple[SpecServer, QueueFake, str]
) -> None:
    spec_server, fake, _ = server
    report = cmq.send_batched("q1", [f"m{i}" for i in range(40)])
    assert report.ok
    assert [len([k for k, _ in r.form() if k.startswith("msgBody.")]) for r in spec_server.received] == [16, 16, 8]
    assert [k for k, _ in spec_server.received[2].form() if k.startswith("msgBody.")][:2] == ["msgBody.0", "msgBody.1"]
    assert len({msg_id for _, msg_id in report.succeeded}) == 40

    spec_server.received.clear()
    big = "x" * 30_000  # 64 KB of bodies: two per request
    fake.reject_batch_containing = "poison"
    report = cmq.send_batched("q1", [big, big, big, "poison", "y" * 70_000, "z"])
    assert [len([k for k, _ in r.form() if k.startswith("msgBody.")]) for r in spec_server.received] == [2, 3]
    assert [(f.index, f.error_code) for f in report.failed] == [
        (2, "4470"),
        (3, "4470"),
        (4, None),
        (5, "4470"),
    ]
    assert "65536" in report.failed[2].reason


def test_delete_batched_reports_each_failed_handle(cmq: CMQ, server: tuple[SpecServer, QueueFake, str]) -> None:
    _, fake, _ = server
    cmq.send_batched("q1", [f"m{i}" for i in range(20)])
    handles = [m["receiptHandle"] for m in fake._take(20)]
    fake.stale_handles = {handles[3], handles[17]}
    report = cmq.delete_batched("q1", handles)
    assert [len(r) for r in fake.delete_requests] == [16, 4]
    assert [(f.index, f.error_code, f.reason) for f in report.failed] == [
        (3, "4430", "invalid receiptHandle"),
        (17, "4430", "invalid receiptHandle"),
    ]
    assert len(report.succeeded) == 18


def test_consumer_deletes_what_the_body_handled(cmq: CMQ, server: tuple[SpecServer, QueueFake, str]) -> None:
    _, fake, _ = server
    cmq.send_batched("q1", [f"m{i}" for i in range(20)])
    seen = []

    def handle_until_m17_fails() -> None:
        with cmq.consume("q1", batch_size=8, polling_wait_seconds=0, stop_when_empty=True) as messages:
            for message in messages:
                seen.append(message.msg_body)
                if message.msg_body == "m17":
                    raise RuntimeError("handler failed")

    with pytest.raises(RuntimeError):
        handle_until_m17_fails()
    assert seen == [f"m{i}" for i in range(18)]
    assert fake.deleted == [f"m{i}" for i in range(17)]  # m17 raised: not deleted, it comes back later
    assert [len(r) for r in fake.delete_requests] == [8, 8, 1]
