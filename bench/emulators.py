"""Emulator throughput: a send / receive / delete (ack) loop of one message through our clients, against each
message emulator (DMS: send, consume, ack; CMQ: send, receive, delete; Zaqar: post, claim, delete; the RocketMQ
emulator manages metadata only), and, as the baseline in the same run, against a stateless loopback server
answering canned replies to the same three calls. The ratio is what the emulator's validation, signature check
and state cost per loop.

    make bench        (or: python -m bench.emulators [--rounds N])
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from bench.common import interleaved, table
from bench.loopback import canned_server
from mqclients.cmq import CMQ
from mqclients.cmq_api.models import DeleteMessageRequest, ReceiveMessageRequest, SendMessageRequest
from mqclients.dms import DMS
from mqclients.dms_api.models import (
    AckEntry,
    AckRequest,
    CreateGroupsRequest,
    CreateQueueRequest,
    NewGroup,
    NewMessage,
    SendMessagesRequest,
)
from mqclients.emulators.apps import build
from mqclients.emulators.defaults import CMQ_KEYS, DMS_KEYS
from mqclients.emulators.runner import ThreadedServer
from mqclients.zaqar import Zaqar
from mqclients.zaqar_api.models import ClaimCreate, PostMessagesRequest
from mqclients.zaqar_api.models import NewMessage as ZaqarMessage

ZAQAR_MESSAGE = {"id": "m", "href": "/v2/queues/bench/messages/m?claim_id=c", "ttl": 300, "age": 0, "body": "hello"}
CMQ_ANSWER = {"code": 0, "message": "", "requestId": "r", "msgId": "m", "msgBody": "hello", "receiptHandle": "m.h"}


def dms_answer(method: str, path: str) -> tuple[int, Any]:
    if path.endswith("/ack"):
        return 200, {"success": 1, "fail": 0}
    if method == "GET":
        return 200, [{"message": {"body": "hello"}, "handler": "h"}]
    return 200, {"messages": [{"state": 0}]}


def dms_loop(url: str, setup: bool) -> tuple[Callable[[], object], Any]:
    client = DMS(endpoint=url, ak=DMS_KEYS.ak, sk=DMS_KEYS.sk, project_id=DMS_KEYS.project_id)
    queue_id, group_id = "q", "g"
    if setup:
        queue_id = client.create_queue(body=CreateQueueRequest(name="bench")).id
        group_id = client.create_groups(queue_id, body=CreateGroupsRequest(groups=[NewGroup(name="g")])).groups[0].id
    send = SendMessagesRequest(messages=[NewMessage(body="hello")])

    def loop() -> None:
        client.send_messages(queue_id, body=send)
        got = client.consume_messages(queue_id, group_id, max_msgs=1, time_wait=1)
        client.ack_messages(
            queue_id, group_id, body=AckRequest(message=[AckEntry(handler=got[0].handler, status="success")])
        )

    return loop, client


def cmq_loop(url: str, setup: bool) -> tuple[Callable[[], object], Any]:
    from mqclients.cmq_api.models import CreateQueueRequest as CMQCreateQueue

    client = CMQ(endpoint=url, secret_id=CMQ_KEYS.secret_id, secret_key=CMQ_KEYS.secret_key)
    if setup:
        client.create_queue(body=CMQCreateQueue(queue_name="bench"))
    send = SendMessageRequest(queue_name="bench", msg_body="hello")
    receive = ReceiveMessageRequest(queue_name="bench", polling_wait_seconds=0)

    def loop() -> None:
        client.send_message(body=send)
        got = client.receive_message(body=receive)
        assert got is not None
        client.delete_message(body=DeleteMessageRequest(queue_name="bench", receipt_handle=str(got.receipt_handle)))

    return loop, client


def zaqar_answer(method: str, path: str) -> tuple[int, Any]:
    if path.endswith("/claims"):
        return 201, {"messages": [ZAQAR_MESSAGE]}
    if method == "DELETE":
        return 204, None
    return 201, {"resources": ["/v2/queues/bench/messages/m"]}


def zaqar_loop(url: str, setup: bool) -> tuple[Callable[[], object], Any]:
    """Zaqar's send / receive / delete: post, claim one, delete it with its claim."""
    client = Zaqar(url, project_id="bench")
    if setup:
        client.create_queue("bench")
    post = PostMessagesRequest([ZaqarMessage(body="hello", ttl=300)])
    claim = ClaimCreate(ttl=60, grace=60)

    def loop() -> None:
        client.post_messages("bench", body=post)
        claimed = client.create_claim("bench", body=claim, limit=1)
        assert claimed is not None
        message = claimed.messages[0]
        client.delete_message("bench", message.id, claim_id=message.href.split("claim_id=")[1])

    return loop, client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()
    rows = []
    for api, answer, make_loop in (
        ("DMS", dms_answer, dms_loop),
        ("CMQ", lambda method, path: (200, CMQ_ANSWER), cmq_loop),
        ("Zaqar", zaqar_answer, zaqar_loop),
    ):
        _, app = build(api.lower())
        # both servers in this process, as the emulator is: the two candidates pay alike
        with canned_server(answer, own_process=False) as canned_url, ThreadedServer(app) as emulator:
            canned, canned_client = make_loop(canned_url, False)
            emulated, emulated_client = make_loop(emulator.url, True)
            times = interleaved({"canned": canned, "emulator": emulated}, args.rounds)
            canned_client.close()
            emulated_client.close()
        rows.append(
            (
                api,
                f"{1 / times['emulator']:.0f}",
                f"{times['emulator'] * 1e3:.2f}",
                f"{times['canned'] * 1e3:.2f}",
                f"{times['emulator'] / times['canned']:.2f}x",
            )
        )
    print(
        table(
            f"Emulators: send/receive/delete loop of one message, median of {args.rounds} interleaved loops",
            ("API", "loops/s", "ms (emulator)", "ms (canned server)", "emulator / canned"),
            rows,
        )
    )


if __name__ == "__main__":
    main()
