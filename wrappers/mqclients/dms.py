"""Huawei DMS v1.0 queues: ``DMS`` and ``AsyncDMS``.

Every operation of specs/huawei-dms-v1.yaml is a method (generated in ``mqclients.dms_api.facade``); this module
adds the constructor conventions (endpoint or region, AK/SK or token, project id filled in on every call) and the
two things DMS users write by hand:

- ``consume(queue_id, group_id)``: a consumer loop that long-polls and acks in consume order — a message whose loop
  body returned is acked ``success``, one whose body raised is acked ``fail`` (delivered again)::

      with dms.consume(queue_id, group_id) as messages:
          for consumed in messages:
              handle(consumed.message.body)

- ``send_batched(queue_id, messages)``: any number of messages, split into requests within the API's limits
  (10 messages and 512 KB per request, declared in the spec's ``x-batch``), with a report naming every message
  that failed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from mqclients._core.batching import (
    BatchReport,
    ItemFailure,
    asend_in_batches,
    json_size,
    plan_batches,
    send_in_batches,
)
from mqclients._core.consumer import AsyncConsumer, Consumer
from mqclients._core.errors import MQClientError
from mqclients._core.operation import Batch
from mqclients._huawei import HuaweiConstructor
from mqclients.dms_api.facade import OPERATIONS, AsyncDMSOperations, DMSOperations

if TYPE_CHECKING:
    # Models are imported where they are used, as in the generated facade: importing the client stays cheap.
    from mqclients.dms_api.models import AckRequest, ConsumedMessage, NewMessage, SendMessagesResult

__all__ = ["DMS", "AsyncDMS"]

# The spec's x-batch of send_messages: 10 messages and 512 KB per request.
SEND_LIMITS: Batch = OPERATIONS["send_messages"].batch or Batch(items="messages", max_items=10)


class AckFailedError(MQClientError):
    """The service did not accept every acknowledgement of a batch (those messages are delivered again)."""


def _ack_request(batch: Sequence[ConsumedMessage], outcomes: Sequence[bool]) -> AckRequest:
    from mqclients.dms_api.models import AckEntry, AckRequest

    # One request per batch, entries in the order consumed: the API requires acks to follow consume order.
    return AckRequest(
        message=[
            AckEntry(handler=m.handler, status="success" if ok else "fail")
            for m, ok in zip(batch, outcomes, strict=True)
        ]
    )


def _check_ack(result: Any, count: int) -> None:
    failed = result.fail or 0
    if failed:
        raise AckFailedError(f"{failed} of {count} acknowledgements were refused")


def _plan(messages: Iterable[NewMessage]) -> tuple[list[NewMessage], list[list[int]], BatchReport[NewMessage]]:
    items = list(messages)
    batches, refused = plan_batches([json_size(m.to_dict()) for m in items], SEND_LIMITS, "messages")
    report: BatchReport[NewMessage] = BatchReport()
    report.failed += [ItemFailure(i, items[i], err.rule, None, err) for i, err in refused]
    return items, batches, report


def _record(
    report: BatchReport[NewMessage],
    indexes: Sequence[int],
    items: Sequence[NewMessage],
    result: SendMessagesResult | None,
) -> None:
    """Each message's outcome from the answer (``state`` 1 is a failure); no per-message answer means accepted."""
    report.requests += 1
    outcomes = (result.messages if result is not None else None) or []
    for position, index in enumerate(indexes):
        entry = outcomes[position] if position < len(outcomes) else None
        if entry is not None and entry.state == 1:
            code = None if entry.error_code is None else str(entry.error_code)
            reason = entry.error or ""
            report.failed.append(ItemFailure(index, items[index], reason or "not stored", code))
        else:
            message_id = None if entry is None else entry.id
            report.succeeded.append((index, message_id))


class DMS(HuaweiConstructor, DMSOperations):
    """A sync DMS v1.0 client. Close it or use ``with``.

    Args:
        endpoint: the DMS endpoint; default ``https://dms.{region}.myhuaweicloud.com``.
        region: the region (``cn-north-4``), when no endpoint is given.
        project_id: the project every call acts in (``HUAWEICLOUD_SDK_PROJECT_ID`` when omitted).
        ak, sk: access key pair (``HUAWEICLOUD_SDK_AK``/``_SK`` or ``CLOUD_SDK_AK``/``_SK`` when omitted).
        security_token: for temporary AK/SK credentials.
        token: an IAM token instead of AK/SK (sent as ``X-Auth-Token``).
        timeout, max_retries, headers, http_transport: as for every mqclients client.
    """

    def consume(
        self,
        queue_id: str,
        group_id: str,
        *,
        max_msgs: int = 10,
        time_wait: int = 30,
        ack_wait: int | None = None,
        tag: list[str] | None = None,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> Consumer[ConsumedMessage]:
        """Consume forever (or until an empty poll with ``stop_when_empty``, or ``max_messages``), acking as you go.

        Each poll waits up to ``time_wait`` seconds (1-60) for messages; the request's read timeout is always
        longer. See the module docstring for when a message is acked ``success`` or ``fail``.
        """

        def poll() -> list[ConsumedMessage]:
            return self.consume_messages(
                queue_id, group_id, max_msgs=max_msgs, time_wait=time_wait, ack_wait=ack_wait, tag=tag
            )

        def settle(batch: list[ConsumedMessage], outcomes: list[bool]) -> None:
            _check_ack(self.ack_messages(queue_id, group_id, body=_ack_request(batch, outcomes)), len(batch))

        return Consumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)

    def send_batched(
        self, queue_id: str, messages: Iterable[NewMessage], *, return_id: bool = False
    ) -> BatchReport[NewMessage]:
        """Send any number of messages in as few requests as the limits allow; report every failed message.

        A request that fails as a whole fails each of its messages (with the error); a message too large to
        send alone is refused before any I/O. Nothing is dropped: ``report.failed`` names each failure by its
        position in ``messages``, ``report.succeeded`` holds ``(position, message id or None)``.
        """
        items, batches, report = _plan(messages)

        def send(indexes: list[int]) -> SendMessagesResult | None:
            return self.send_messages(queue_id, messages=[items[i] for i in indexes], return_id=return_id)

        return send_in_batches(items, batches, report, send, lambda r, ix, res: _record(r, ix, items, res))


class AsyncDMS(HuaweiConstructor, AsyncDMSOperations):
    """The async twin of ``DMS``: the same constructor; ``async with``/``async for`` over ``consume``."""

    def consume(
        self,
        queue_id: str,
        group_id: str,
        *,
        max_msgs: int = 10,
        time_wait: int = 30,
        ack_wait: int | None = None,
        tag: list[str] | None = None,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> AsyncConsumer[ConsumedMessage]:
        """The async ``DMS.consume``."""

        async def poll() -> list[ConsumedMessage]:
            return await self.consume_messages(
                queue_id, group_id, max_msgs=max_msgs, time_wait=time_wait, ack_wait=ack_wait, tag=tag
            )

        async def settle(batch: list[ConsumedMessage], outcomes: list[bool]) -> None:
            _check_ack(await self.ack_messages(queue_id, group_id, body=_ack_request(batch, outcomes)), len(batch))

        return AsyncConsumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)

    async def send_batched(
        self, queue_id: str, messages: Iterable[NewMessage], *, return_id: bool = False
    ) -> BatchReport[NewMessage]:
        """The async ``DMS.send_batched``."""
        items, batches, report = _plan(messages)

        async def send(indexes: list[int]) -> SendMessagesResult | None:
            return await self.send_messages(queue_id, messages=[items[i] for i in indexes], return_id=return_id)

        return await asend_in_batches(items, batches, report, send, lambda r, ix, res: _record(r, ix, items, res))
