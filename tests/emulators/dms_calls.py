"""The few DMS calls the emulator tests make, in one place: the request models are built here, so a change of the
client's calling style (keyword fields instead of ``body=``) touches only this file."""

from __future__ import annotations

from typing import Any

from mqclients.dms import DMS, AsyncDMS
from mqclients.dms_api.models import (
    AckEntry,
    AckRequest,
    CreateGroupsRequest,
    CreateQueueRequest,
    NewGroup,
    NewMessage,
    SendMessagesRequest,
)


def queue_request(name: str, **settings: Any) -> CreateQueueRequest:
    return CreateQueueRequest.from_dict({"name": name, **settings})


def new_messages(*bodies: Any, **fields: Any) -> SendMessagesRequest:
    return SendMessagesRequest(messages=[NewMessage.from_dict({"body": b, **fields}) for b in bodies], return_id=True)


def acks(*pairs: tuple[str, str]) -> AckRequest:
    return AckRequest(message=[AckEntry(handler=h, status=s) for h, s in pairs])  # type: ignore[arg-type]


def queue_with_group(dms: DMS, name: str = "orders", **settings: Any) -> tuple[str, str]:
    """A new queue with one consumer group: (queue id, group id)."""
    queue = dms.create_queue(body=queue_request(name, **settings))
    groups = dms.create_groups(queue.id, body=CreateGroupsRequest(groups=[NewGroup(name="workers")]))
    return queue.id, groups.groups[0].id


async def aqueue_with_group(dms: AsyncDMS, name: str = "orders", **settings: Any) -> tuple[str, str]:
    queue = await dms.create_queue(body=queue_request(name, **settings))
    groups = await dms.create_groups(queue.id, body=CreateGroupsRequest(groups=[NewGroup(name="workers")]))
    return queue.id, groups.groups[0].id


def send(dms: DMS, queue_id: str, *bodies: Any, **fields: Any) -> None:
    result = dms.send_messages(queue_id, body=new_messages(*bodies, **fields))
    assert result is not None
    assert isinstance(result.messages, list)
    assert all(m.state == 0 for m in result.messages)


async def asend(dms: AsyncDMS, queue_id: str, *bodies: Any, **fields: Any) -> None:
    result = await dms.send_messages(queue_id, body=new_messages(*bodies, **fields))
    assert result is not None
    assert isinstance(result.messages, list)
    assert all(m.state == 0 for m in result.messages)
