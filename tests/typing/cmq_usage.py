"""Checked by mypy --strict (``make typecheck``), never run: CMQ methods and helpers are typed with their models."""

from __future__ import annotations

from typing import assert_type

from mqclients._core.batching import BatchReport
from mqclients._core.consumer import AsyncConsumer, Consumer
from mqclients._core.pagination import SyncPager
from mqclients.cmq import CMQ, AsyncCMQ
from mqclients.cmq_api.models import (
    ListQueueRequest,
    ListQueueResponse,
    QueueSummary,
    ReceivedMessage,
    ReceiveMessageRequest,
    ReceiveMessageResponse,
    SendMessageRequest,
    SendMessageResponse,
)


def sync_usage(cmq: CMQ) -> None:
    assert_type(cmq.send_message(body=SendMessageRequest(queue_name="q", msg_body="x")), SendMessageResponse)
    assert_type(cmq.receive_message(body=ReceiveMessageRequest(queue_name="q")), ReceiveMessageResponse | None)
    assert_type(cmq.list_queue(body=ListQueueRequest()), SyncPager[QueueSummary, ListQueueResponse])
    assert_type(cmq.send_batched("q", ["a", "b"]), BatchReport[str])
    assert_type(cmq.consume("q"), Consumer[ReceivedMessage])


async def async_usage(cmq: AsyncCMQ) -> None:
    assert_type(await cmq.receive_message(body=ReceiveMessageRequest(queue_name="q")), ReceiveMessageResponse | None)
    assert_type(cmq.consume("q"), AsyncConsumer[ReceivedMessage])
