"""The CMQ calls the emulator tests make, in one place: request models are built here, so a change of the client's
calling style (keyword fields instead of ``body=``) touches only this file."""

from __future__ import annotations

from typing import Any

from mqclients.cmq import CMQ, AsyncCMQ
from mqclients.cmq_api import models as m


def create_queue(cmq: CMQ, name: str, **settings: Any) -> None:
    cmq.create_queue(body=m.CreateQueueRequest(queue_name=name, **settings))


async def acreate_queue(cmq: AsyncCMQ, name: str, **settings: Any) -> None:
    await cmq.create_queue(body=m.CreateQueueRequest(queue_name=name, **settings))


def send(cmq: CMQ, queue: str, body: str, **fields: Any) -> str:
    answer = cmq.send_message(body=m.SendMessageRequest(queue_name=queue, msg_body=body, **fields))
    return str(answer.msg_id)


async def asend(cmq: AsyncCMQ, queue: str, body: str, **fields: Any) -> str:
    answer = await cmq.send_message(body=m.SendMessageRequest(queue_name=queue, msg_body=body, **fields))
    return str(answer.msg_id)


def receive(cmq: CMQ, queue: str, wait: int = 0) -> m.ReceiveMessageResponse | None:
    return cmq.receive_message(body=m.ReceiveMessageRequest(queue_name=queue, polling_wait_seconds=wait))


async def areceive(cmq: AsyncCMQ, queue: str, wait: int = 0) -> m.ReceiveMessageResponse | None:
    return await cmq.receive_message(body=m.ReceiveMessageRequest(queue_name=queue, polling_wait_seconds=wait))


def receive_all(cmq: CMQ, queue: str) -> list[m.ReceivedMessage]:
    answer = cmq.batch_receive_message(
        body=m.BatchReceiveMessageRequest(queue_name=queue, num_of_msg=16, polling_wait_seconds=0)
    )
    return [] if answer is None or not isinstance(answer.msg_info_list, list) else answer.msg_info_list


def delete(cmq: CMQ, queue: str, handle: str) -> None:
    cmq.delete_message(body=m.DeleteMessageRequest(queue_name=queue, receipt_handle=handle))


def topic_with_queues(cmq: CMQ, topic: str, filter_type: int, subscriptions: dict[str, dict[str, Any]]) -> None:
    """A topic and one queue per subscription, named after it, subscribed with the given filter fields."""
    cmq.create_topic(body=m.CreateTopicRequest(topic_name=topic, filter_type=filter_type))  # type: ignore[arg-type]
    for name, filters in subscriptions.items():
        create_queue(cmq, name)
        cmq.subscribe(
            body=m.SubscribeRequest(
                topic_name=topic, subscription_name=name, protocol="queue", endpoint=name, **filters
            )
        )


def publish(cmq: CMQ, topic: str, body: str, **fields: Any) -> None:
    cmq.publish_message(body=m.PublishMessageRequest(topic_name=topic, msg_body=body, **fields))


def queue_names(cmq: CMQ, **filters: Any) -> list[str]:
    return [str(q.queue_name) for q in cmq.list_queue(body=m.ListQueueRequest(**filters))]


def attributes(cmq: CMQ, queue: str) -> m.GetQueueAttributesResponse:
    return cmq.get_queue_attributes(body=m.GetQueueAttributesRequest(queue_name=queue))
