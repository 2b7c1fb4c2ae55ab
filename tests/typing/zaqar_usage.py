"""Checked by mypy --strict (``make typecheck``), never run: the Zaqar clients' types are the generated models.

``assert_type`` fails the type check if a method's type drifts to ``Any`` or to the wrong model.
"""

from __future__ import annotations

from typing import assert_type

from mqclients._core.pagination import AsyncPager, Page, SyncPager
from mqclients.zaqar import AsyncZaqar, Zaqar
from mqclients.zaqar_api.models import (
    ClaimedMessages,
    Message,
    MessageList,
    PostMessagesRequest,
    PostMessagesResult,
    Queue,
    QueueList,
    QueueMetadata,
)


def sync_usage(zq: Zaqar, request: PostMessagesRequest) -> None:
    assert_type(zq.get_queue("q"), QueueMetadata)
    assert_type(zq.post_messages("q", body=request), PostMessagesResult)
    assert_type(zq.create_claim("q", limit=5), ClaimedMessages | None)
    assert_type(zq.delete_queue("q"), None)
    pager = zq.list_queues(limit=10)
    assert_type(pager, SyncPager[Queue, QueueList])
    for queue in pager:
        assert_type(queue, Queue)
    for page in zq.list_messages("q").by_page():
        assert_type(page, Page[Message, MessageList])
        assert_type(page.items, list[Message])


async def async_usage(zq: AsyncZaqar) -> None:
    assert_type(await zq.get_queue("q"), QueueMetadata)
    pager = zq.list_messages("q", echo=True)
    assert_type(pager, AsyncPager[Message, MessageList])
    async for message in pager:
        assert_type(message, Message)
