"""Differential test against the legacy SDK's Python 3 port (qcloud-cmq-sdk-py3, a test-only peer): for every
action, the same inputs through that SDK and through ``CMQ`` reach one loopback server that verifies both
signatures with the official signer; the wire parameters must be the same, apart from:

- nonce, timestamp, signature and the ``RequestClient`` tag (each client's own);
- array indices: the legacy SDK numbers from 1 (``msgBody.1``), we from 0 as the issue and the Go SDK do; the API
  accepts either as long as they are consecutive, so indices are compared after renumbering;
- that SDK's documented bugs (cmq-legacy-api.md §9): it signs and sends a bogus ``UserpollingWaitSeconds`` on
  receives, and always sends an empty ``routingKey`` on publishes.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from codegen.specs import resolve
from mqclients.cmq import CMQ
from mqclients.cmq_api import models as m
from servers.spec_mock import Received, Reply, SpecServer, serve
from servers.spec_values import synthesize
from tests.support.spec_calls import ROOT, SpecCalls
from tests.support.tencent_verifier import SIGNER_FIELDS, tencent_verifier

cmq_sdk = pytest.importorskip("cmq", reason="qcloud-cmq-sdk-py3 (the differential peer) is not installed")
for _submodule in ("account", "queue", "topic", "subscription"):
    importlib.import_module(f"cmq.{_submodule}")

SECRET_ID = "AKIDdifferential000000000000000000"
SECRET_KEY = "differential-secret-key-0123456789"
CALLS = SpecCalls("tencent-cmq.yaml", "cmq_api")
PER_CLIENT = {"Nonce", "Timestamp", "Signature", "RequestClient"}
PEER_BUGS = {"UserpollingWaitSeconds"}  # signed and sent by the legacy SDK, ignored by the server


def success(op_id: str) -> Callable[[Received], Reply]:
    """A success answer with every field the spec documents (the legacy SDK reads some of them unconditionally)."""
    response = resolve(CALLS.doc, CALLS.ops[op_id][2]["responses"]["200"])
    schema = resolve(CALLS.doc, next(iter(response["content"].values()))["schema"])
    body = synthesize(schema, use_examples=False, every_property=True)
    body.update(code=0, message="", requestId="r-1")
    return lambda received: Reply(200, body)


@pytest.fixture
def server() -> Iterator[tuple[SpecServer, str]]:
    spec_server = SpecServer(
        ROOT / "specs" / "tencent-cmq.yaml",
        verify=tencent_verifier(SECRET_ID, SECRET_KEY),
        ignore_form_fields=SIGNER_FIELDS | PEER_BUGS,
    )
    for op_id in CALLS.ops:
        spec_server.handlers[op_id] = success(op_id)
    with serve(spec_server) as url:
        yield spec_server, url


def normalized(received: Received, *, peer: bool) -> dict[str, str]:
    """The wire params less the per-client ones, arrays renumbered from 0, the peer's documented bugs dropped."""
    params: dict[str, str] = {}
    bases: dict[str, int] = {}
    for key, value in received.form():
        if key in PER_CLIENT or (peer and key in PEER_BUGS):
            continue
        if peer and key == "routingKey" and value == "":
            continue  # the legacy SDK always sends an empty routingKey
        indexed = re.fullmatch(r"(.+)\.(\d+)", key)
        if indexed:
            name, index = indexed[1], int(indexed[2])
            base = bases.setdefault(name, index)
            key = f"{name}.{index - base}"
        params[key] = value
    return params


# action -> (call through the legacy SDK, the same call through CMQ)
Peer = Callable[[Any], object]
Ours = Callable[[CMQ], object]


def _queue_meta() -> Any:
    meta = cmq_sdk.queue.QueueMeta()
    meta.maxMsgHeapNum, meta.pollingWaitSeconds, meta.visibilityTimeout = 1000000, 10, 45
    return meta


def _subscription_meta(**fields: Any) -> Any:
    meta = cmq_sdk.subscription.SubscriptionMeta()
    for name, value in fields.items():
        setattr(meta, name, value)
    return meta


def _topic_meta() -> Any:
    meta = cmq_sdk.topic.TopicMeta()
    meta.maxMsgSize = 32768
    return meta


PAIRS: dict[str, tuple[Peer, Ours]] = {
    "create_queue": (
        lambda a: a.get_queue("orders").create(_queue_meta()),
        lambda c: c.create_queue(
            body=m.CreateQueueRequest(
                max_msg_heap_num=1000000,
                polling_wait_seconds=10,
                visibility_timeout=45,
                rewind_seconds=0,
                # the official SDK sends its defaults; a model sends what it is given (the defaults are the server's)
                max_msg_size=65536,
                msg_retention_seconds=345600,
                queue_name="orders",
            )
        ),
    ),
    "get_queue_attributes": (
        lambda a: a.get_queue("orders").get_attributes(),
        lambda c: c.get_queue_attributes(body=m.GetQueueAttributesRequest(queue_name="orders")),
    ),
    "set_queue_attributes": (
        lambda a: a.get_queue("orders").set_attributes(_queue_meta()),
        lambda c: c.set_queue_attributes(
            body=m.SetQueueAttributesRequest(
                max_msg_heap_num=1000000,
                polling_wait_seconds=10,
                visibility_timeout=45,
                max_msg_size=65536,
                msg_retention_seconds=345600,
                rewind_seconds=0,
                queue_name="orders",
            )
        ),
    ),
    "list_queue": (
        lambda a: a.list_queue(searchWord="ord", limit=5, offset=0),
        lambda c: next(iter(c.list_queue(body=m.ListQueueRequest(search_word="ord", limit=5, offset=0)).by_page())),
    ),
    "delete_queue": (
        lambda a: a.get_queue("orders").delete(),
        lambda c: c.delete_queue(body=m.DeleteQueueRequest(queue_name="orders")),
    ),
    "rewind_queue": (
        lambda a: a.get_queue("orders").rewindQueue(1700000000),
        lambda c: c.rewind_queue(body=m.RewindQueueRequest(start_consume_time=1700000000, queue_name="orders")),
    ),
    "send_message": (
        lambda a: a.get_queue("orders").send_message(cmq_sdk.queue.Message("hello wörld & more"), 5),
        lambda c: c.send_message(
            body=m.SendMessageRequest(msg_body="hello wörld & more", delay_seconds=5, queue_name="orders")
        ),
    ),
    "batch_send_message": (
        lambda a: a.get_queue("orders").batch_send_message([cmq_sdk.queue.Message(f"m{i}") for i in range(12)], 3),
        lambda c: c.batch_send_message(
            body=m.BatchSendMessageRequest(msg_body=[f"m{i}" for i in range(12)], delay_seconds=3, queue_name="orders")
        ),
    ),
    "receive_message": (
        lambda a: a.get_queue("orders").receive_message(10),
        lambda c: c.receive_message(body=m.ReceiveMessageRequest(polling_wait_seconds=10, queue_name="orders")),
    ),
    "batch_receive_message": (
        lambda a: a.get_queue("orders").batch_receive_message(8, 10),
        lambda c: c.batch_receive_message(
            body=m.BatchReceiveMessageRequest(num_of_msg=8, polling_wait_seconds=10, queue_name="orders")
        ),
    ),
    "delete_message": (
        lambda a: a.get_queue("orders").delete_message("handle-1"),
        lambda c: c.delete_message(body=m.DeleteMessageRequest(receipt_handle="handle-1", queue_name="orders")),
    ),
    "batch_delete_message": (
        lambda a: a.get_queue("orders").batch_delete_message([f"h{i}" for i in range(11)]),
        lambda c: c.batch_delete_message(
            body=m.BatchDeleteMessageRequest(receipt_handle=[f"h{i}" for i in range(11)], queue_name="orders")
        ),
    ),
    "create_topic": (
        lambda a: a.get_topic("events").create(_topic_meta()),
        lambda c: c.create_topic(body=m.CreateTopicRequest(max_msg_size=32768, filter_type=1, topic_name="events")),
    ),
    "get_topic_attributes": (
        lambda a: a.get_topic("events").get_attributes(),
        lambda c: c.get_topic_attributes(body=m.GetTopicAttributesRequest(topic_name="events")),
    ),
    "set_topic_attributes": (
        lambda a: a.get_topic("events").set_attributes(_topic_meta()),
        lambda c: c.set_topic_attributes(body=m.SetTopicAttributesRequest(max_msg_size=32768, topic_name="events")),
    ),
    "list_topic": (
        lambda a: a.list_topic(searchWord="ev", limit=5, offset=0),
        lambda c: next(iter(c.list_topic(body=m.ListTopicRequest(search_word="ev", limit=5, offset=0)).by_page())),
    ),
    "delete_topic": (
        lambda a: a.get_topic("events").delete(),
        lambda c: c.delete_topic(body=m.DeleteTopicRequest(topic_name="events")),
    ),
    "publish_message": (
        lambda a: a.get_topic("events").publish_message(cmq_sdk.topic.Message("news", ["a", "b"])),
        lambda c: c.publish_message(
            body=m.PublishMessageRequest(msg_body="news", msg_tag=["a", "b"], topic_name="events")
        ),
    ),
    "batch_publish_message": (
        lambda a: a.get_topic("events").batch_publish_message(
            [cmq_sdk.topic.Message(f"n{i}") for i in range(3)], ["t"]
        ),
        lambda c: c.batch_publish_message(
            body=m.BatchPublishMessageRequest(msg_body=[f"n{i}" for i in range(3)], msg_tag=["t"], topic_name="events")
        ),
    ),
    "subscribe": (
        lambda a: a.get_subscription("events", "audit").create(
            _subscription_meta(Endpoint="http://127.0.0.1:9/hook", Protocal="http", FilterTag=["a", "b"])
        ),
        lambda c: c.subscribe(
            body=m.SubscribeRequest(
                endpoint="http://127.0.0.1:9/hook",
                protocol="http",
                notify_content_format="JSON",
                filter_tag=["a", "b"],
                notify_strategy="EXPONENTIAL_DECAY_RETRY",  # the official SDK's default, sent by it
                topic_name="events",
                subscription_name="audit",
            )
        ),
    ),
    "get_subscription_attributes": (
        lambda a: a.get_subscription("events", "audit").get_attributes(),
        lambda c: c.get_subscription_attributes(
            body=m.GetSubscriptionAttributesRequest(topic_name="events", subscription_name="audit")
        ),
    ),
    "set_subscription_attributes": (
        lambda a: a.get_subscription("events", "audit").set_attributes(_subscription_meta(FilterTag=["x"])),
        lambda c: c.set_subscription_attributes(
            body=m.SetSubscriptionAttributesRequest(
                notify_strategy="EXPONENTIAL_DECAY_RETRY",
                notify_content_format="JSON",
                filter_tag=["x"],
                topic_name="events",
                subscription_name="audit",
            )
        ),
    ),
    "list_subscription_by_topic": (
        lambda a: a.get_topic("events").list_subscription(searchWord="au", limit=5, offset=0),
        lambda c: next(
            iter(
                c.list_subscription_by_topic(
                    body=m.ListSubscriptionByTopicRequest(search_word="au", limit=5, offset=0, topic_name="events")
                ).by_page()
            )
        ),
    ),
    "clear_subscription_filter_tags": (
        lambda a: a.get_subscription("events", "audit").clearFilterTags(),
        lambda c: c.clear_subscription_filter_tags(
            body=m.ClearSubscriptionFilterTagsRequest(topic_name="events", subscription_name="audit")
        ),
    ),
    "unsubscribe": (
        lambda a: a.get_subscription("events", "audit").delete(),
        lambda c: c.unsubscribe(body=m.UnsubscribeRequest(topic_name="events", subscription_name="audit")),
    ),
}


def test_every_action_has_a_pair() -> None:
    assert set(PAIRS) == set(CALLS.ops)


@pytest.mark.parametrize("op_id", sorted(PAIRS))
def test_same_inputs_same_wire_parameters(
    op_id: str, server: tuple[SpecServer, str], tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_server, url = server
    monkeypatch.chdir(tmp_path)  # the legacy SDK writes CMQ_python_sdk.log into the working directory
    peer_call, our_call = PAIRS[op_id]
    account = cmq_sdk.account.Account(url, SECRET_ID, SECRET_KEY)
    peer_call(account)
    with CMQ(endpoint=url, secret_id=SECRET_ID, secret_key=SECRET_KEY) as client:
        our_call(client)
    peer_request, our_request = spec_server.received
    assert (peer_request.operation_id, our_request.operation_id) == (op_id, op_id)
    assert normalized(our_request, peer=False) == normalized(peer_request, peer=True)
    assert spec_server.problems == []  # both signatures verified by the official signer; both forms match the spec
