"""Checked by mypy --strict (``make typecheck``), never run: DMS and RocketMQ methods are typed with their models."""

from __future__ import annotations

from typing import assert_type

from mqclients._core.batching import BatchReport
from mqclients._core.consumer import AsyncConsumer, Consumer
from mqclients._core.pagination import SyncPager
from mqclients.dms import DMS, AsyncDMS
from mqclients.dms_api.models import ConsumedMessage, NewMessage, Queue, QueueList
from mqclients.rocketmq import RocketMQ
from mqclients.rocketmq_api.models import InstanceDetail, InstanceList, TopicList, TopicSummary


def dms_usage(dms: DMS, messages: list[NewMessage]) -> None:
    assert_type(dms.get_queue("q"), Queue)
    assert_type(dms.list_queues(), QueueList)
    assert_type(dms.consume_messages("q", "g"), list[ConsumedMessage])
    assert_type(dms.consume("q", "g"), Consumer[ConsumedMessage])
    for consumed in dms.consume("q", "g"):
        assert_type(consumed, ConsumedMessage)
    assert_type(dms.send_batched("q", messages), BatchReport[NewMessage])


async def async_dms_usage(dms: AsyncDMS) -> None:
    assert_type(await dms.get_queue("q"), Queue)
    assert_type(dms.consume("q", "g"), AsyncConsumer[ConsumedMessage])


def rocketmq_usage(mq: RocketMQ) -> None:
    assert_type(mq.get_instance("i"), InstanceDetail)
    assert_type(mq.list_instances(), SyncPager[InstanceDetail, InstanceList])
    for topic in mq.list_topics("i"):
        assert_type(topic, TopicSummary)
    assert_type(mq.list_topics("i"), SyncPager[TopicSummary, TopicList])
