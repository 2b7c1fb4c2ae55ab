"""Tencent CMQ, the legacy API (``POST /v2/index.php``, signed form bodies): ``CMQ`` and ``AsyncCMQ``.

Every action of specs/tencent-cmq.yaml is a method (generated in ``mqclients.cmq_api.facade``): array parameters are
Python lists (``msg_body=[...]`` travels as ``msgBody.0..n``), the ``code != 0`` envelope raises typed errors, and a
receive on an empty queue (code 7000) returns ``None``. This module adds the constructor (region or one explicit
endpoint, credentials, signature method) and the helpers CMQ users write by hand:

- ``send_batched`` / ``publish_batched``: any number of messages in requests within the limits (16 per request,
  64 KB of bodies, the spec's ``x-batch``), with every failed message reported;
- ``delete_batched``: any number of receipt handles, with each handle of a partial failure (``errorList``) reported;
- ``consume(queue_name)``: a long-polling consumer loop that deletes each message whose loop body returned; a message
  whose body raised is left alone, and the queue delivers it again after its visibility timeout.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from mqclients._core.batching import BatchReport, ItemFailure, asend_in_batches, plan_batches, send_in_batches
from mqclients._core.consumer import AsyncConsumer, Consumer
from mqclients._core.endpoints import TENCENT_REGION, check_location
from mqclients._core.errors import APIError, MQClientError
from mqclients._core.facade import FacadeBase, HttpTransport
from mqclients._core.operation import Batch
from mqclients._core.options import DEFAULT_TIMEOUT, RetryPolicy
from mqclients._core.transport import TransportConfig
from mqclients._signing.tencent_cmq import CMQAuth, CMQCredentials
from mqclients.cmq_api.facade import OPERATIONS, AsyncCMQOperations, CMQOperations

if TYPE_CHECKING:
    from mqclients.cmq_api.models import ReceivedMessage

__all__ = ["CMQ", "AsyncCMQ"]

# Batch limits from the spec's x-batch: 16 bodies and 64 KB of bodies per request; 16 receipt handles.
SEND_LIMITS: Batch = OPERATIONS["batch_send_message"].batch or Batch(items="msgBody", max_items=16, max_bytes=65536)
PUBLISH_LIMITS: Batch = OPERATIONS["batch_publish_message"].batch or SEND_LIMITS
DELETE_LIMITS: Batch = OPERATIONS["batch_delete_message"].batch or Batch(items="receiptHandle", max_items=16)


class _CMQConstructor(FacadeBase):
    """The constructor of both clients.

    Args:
        region: the region (``gz``, ``sh``, ``bj``, ...): queue actions go to ``cmq-queue-{region}``, topic and
            subscription actions to ``cmq-topic-{region}`` (``.api.qcloud.com``), the spec's ``x-hosts``.
        endpoint: one base URL for every action instead (a TDMQ-era gateway, a private network host, a test server).
        secret_id, secret_key: the API key (``TENCENTCLOUD_SECRET_ID`` / ``TENCENTCLOUD_SECRET_KEY`` when omitted).
        token: the session token of temporary keys.
        sign_method: ``HmacSHA1`` (the API's default) or ``HmacSHA256``.
        timeout, max_retries, headers, http_transport: as for every mqclients client.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        endpoint: str | None = None,
        secret_id: str | None = None,
        secret_key: str | None = None,
        token: str | None = None,
        sign_method: str = "HmacSHA1",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        headers: Mapping[str, str] | None = None,
        http_transport: HttpTransport | None = None,
    ) -> None:
        endpoint, region = check_location(endpoint, region, TENCENT_REGION)
        if endpoint is not None:
            hosts = {name: endpoint.rstrip("/") for name in self._spec_config.hosts}
        elif region is not None:
            hosts = {name: template.format(region=region) for name, template in self._spec_config.hosts.items()}
        else:
            raise MQClientError("region or endpoint: one is required (e.g. region='gz')")
        credentials = CMQCredentials.resolve(secret_id, secret_key, token)
        config = TransportConfig(
            base_url=hosts["queue"],
            auth=CMQAuth(credentials, sign_method=sign_method),
            headers=dict(headers or {}),
            timeout=timeout,
            retry=RetryPolicy(max_retries=max_retries),
            hosts=hosts,
        )
        super().__init__(config, http_transport=http_transport)


def _plan_bodies(bodies: Iterable[str], limits: Batch) -> tuple[list[str], list[list[int]], BatchReport[str]]:
    items = list(bodies)
    # The 64 KB limit is on the sum of the message bodies alone.
    sizes = [len(body.encode("utf-8")) for body in items]
    batches, refused = plan_batches(sizes, limits, "msg_body", overhead=0, per_item=0)
    report: BatchReport[str] = BatchReport()
    report.failed += [ItemFailure(i, items[i], err.rule, None, err) for i, err in refused]
    return items, batches, report


def _record_sent(report: BatchReport[str], indexes: Sequence[int], result: Any) -> None:
    """msgList answers one ``{msgId}`` per body, in order."""
    report.requests += 1
    answered = result.msg_list or []
    for position, index in enumerate(indexes):
        entry = answered[position] if position < len(answered) else None
        report.succeeded.append((index, None if entry is None else entry.msg_id))


def _delete_batches(receipt_handles: Iterable[str]) -> tuple[list[str], list[list[int]], BatchReport[str]]:
    handles = list(receipt_handles)
    size = DELETE_LIMITS.max_items
    batches = [list(range(start, min(start + size, len(handles)))) for start in range(0, len(handles), size)]
    return handles, batches, BatchReport()


def _record_deleted(report: BatchReport[str], indexes: Sequence[int], handles: Sequence[str], error: Any) -> None:
    """Without an error every handle was deleted; with one, ``errorList`` names the failed handles (6010), or,
    when the answer has none, every handle of the request failed."""
    report.requests += 1
    listed: dict[str, tuple[str | None, str]] = {}
    if isinstance(error, APIError) and isinstance(error.body, Mapping):
        for entry in error.body.get("errorList") or []:
            listed[str(entry.get("receiptHandle"))] = (str(entry.get("code")), str(entry.get("message") or ""))
    for index in indexes:
        if isinstance(error, APIError) and (not listed or handles[index] in listed):
            code, message = listed.get(handles[index], (error.error_code, str(error)))
            report.failed.append(ItemFailure(index, handles[index], message or "not deleted", code, error))
        else:
            report.succeeded.append((index, handles[index]))


def _received(answer: Any) -> list[ReceivedMessage]:
    return [] if answer is None else list(answer.msg_info_list or [])


class CMQ(_CMQConstructor, CMQOperations):
    """A sync CMQ client. Close it or use ``with``.

    Args:
        region: the region (``gz``, ``sh``, ``bj``, ...): queue actions go to ``cmq-queue-{region}``, topic and
            subscription actions to ``cmq-topic-{region}`` (``.api.qcloud.com``).
        endpoint: one base URL for every action instead (a TDMQ-era gateway, a private network host, a test server).
        secret_id, secret_key: the API key (``TENCENTCLOUD_SECRET_ID`` / ``TENCENTCLOUD_SECRET_KEY`` when omitted).
        token: the session token of temporary keys.
        sign_method: ``HmacSHA1`` (the API's default) or ``HmacSHA256``.
        timeout, max_retries, headers, http_transport: as for every mqclients client.
    """

    def send_batched(
        self, queue_name: str, bodies: Iterable[str], *, delay_seconds: int | None = None
    ) -> BatchReport[str]:
        """Send any number of messages with BatchSendMessage, within its limits; report each failed message.

        ``report.succeeded`` holds ``(position, msgId)``; a request that fails fails each of its messages; a
        body larger than 64 KB is refused before any I/O.
        """
        items, batches, report = _plan_bodies(bodies, SEND_LIMITS)

        def send(indexes: list[int]) -> Any:
            bodies = [items[i] for i in indexes]
            return self.batch_send_message(queue_name=queue_name, msg_body=bodies, delay_seconds=delay_seconds)

        return send_in_batches(items, batches, report, send, _record_sent)

    def publish_batched(
        self,
        topic_name: str,
        bodies: Iterable[str],
        *,
        msg_tag: list[str] | None = None,
        routing_key: str | None = None,
    ) -> BatchReport[str]:
        """Publish any number of messages with BatchPublishMessage, within its limits; report each failed message."""
        items, batches, report = _plan_bodies(bodies, PUBLISH_LIMITS)

        def send(indexes: list[int]) -> Any:
            bodies = [items[i] for i in indexes]
            return self.batch_publish_message(
                topic_name=topic_name, msg_body=bodies, msg_tag=msg_tag, routing_key=routing_key
            )

        return send_in_batches(items, batches, report, send, _record_sent)

    def delete_batched(self, queue_name: str, receipt_handles: Iterable[str]) -> BatchReport[str]:
        """Delete any number of messages by receipt handle, 16 per request; report each handle that failed."""
        handles, batches, report = _delete_batches(receipt_handles)

        def send(indexes: list[int]) -> Any:
            chosen = [handles[i] for i in indexes]
            return self.batch_delete_message(queue_name=queue_name, receipt_handle=chosen)

        def record(report: BatchReport[str], indexes: list[int], outcome: Any) -> None:
            _record_deleted(report, indexes, handles, outcome)

        return send_in_batches(handles, batches, report, send, record, on_error=record)

    def consume(
        self,
        queue_name: str,
        *,
        batch_size: int = 16,
        polling_wait_seconds: int = 30,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> Consumer[ReceivedMessage]:
        """Long-poll the queue (up to ``polling_wait_seconds``, 0-30) and hand out messages; each message whose
        loop body returned is deleted (in batches, in receive order). See ``mqclients._core.consumer``."""

        def poll() -> list[ReceivedMessage]:
            return _received(
                self.batch_receive_message(
                    queue_name=queue_name, num_of_msg=batch_size, polling_wait_seconds=polling_wait_seconds
                )
            )

        def settle(batch: list[ReceivedMessage], outcomes: list[bool]) -> None:
            done = [str(m.receipt_handle) for m, ok in zip(batch, outcomes, strict=True) if ok]
            if done:
                self.delete_batched(queue_name, done).raise_for_failures()

        return Consumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)


class AsyncCMQ(_CMQConstructor, AsyncCMQOperations):
    """The async twin of ``CMQ``: the same constructor; methods are awaited, list methods and ``consume`` are
    ``async for``."""

    async def send_batched(
        self, queue_name: str, bodies: Iterable[str], *, delay_seconds: int | None = None
    ) -> BatchReport[str]:
        """The async ``CMQ.send_batched``."""
        items, batches, report = _plan_bodies(bodies, SEND_LIMITS)

        async def send(indexes: list[int]) -> Any:
            bodies = [items[i] for i in indexes]
            return await self.batch_send_message(queue_name=queue_name, msg_body=bodies, delay_seconds=delay_seconds)

        return await asend_in_batches(items, batches, report, send, _record_sent)

    async def publish_batched(
        self,
        topic_name: str,
        bodies: Iterable[str],
        *,
        msg_tag: list[str] | None = None,
        routing_key: str | None = None,
    ) -> BatchReport[str]:
        """The async ``CMQ.publish_batched``."""
        items, batches, report = _plan_bodies(bodies, PUBLISH_LIMITS)

        async def send(indexes: list[int]) -> Any:
            bodies = [items[i] for i in indexes]
            return await self.batch_publish_message(
                topic_name=topic_name, msg_body=bodies, msg_tag=msg_tag, routing_key=routing_key
            )

        return await asend_in_batches(items, batches, report, send, _record_sent)

    async def delete_batched(self, queue_name: str, receipt_handles: Iterable[str]) -> BatchReport[str]:
        """The async ``CMQ.delete_batched``."""
        handles, batches, report = _delete_batches(receipt_handles)

        async def send(indexes: list[int]) -> Any:
            chosen = [handles[i] for i in indexes]
            return await self.batch_delete_message(queue_name=queue_name, receipt_handle=chosen)

        def record(report: BatchReport[str], indexes: list[int], outcome: Any) -> None:
            _record_deleted(report, indexes, handles, outcome)

        return await asend_in_batches(handles, batches, report, send, record, on_error=record)

    def consume(
        self,
        queue_name: str,
        *,
        batch_size: int = 16,
        polling_wait_seconds: int = 30,
        stop_when_empty: bool = False,
        max_messages: int | None = None,
    ) -> AsyncConsumer[ReceivedMessage]:
        """The async ``CMQ.consume``."""

        async def poll() -> list[ReceivedMessage]:
            return _received(
                await self.batch_receive_message(
                    queue_name=queue_name, num_of_msg=batch_size, polling_wait_seconds=polling_wait_seconds
                )
            )

        async def settle(batch: list[ReceivedMessage], outcomes: list[bool]) -> None:
            done = [str(m.receipt_handle) for m, ok in zip(batch, outcomes, strict=True) if ok]
            if done:
                (await self.delete_batched(queue_name, done)).raise_for_failures()

        return AsyncConsumer(poll, settle, stop_when_empty=stop_when_empty, max_messages=max_messages)
