"""Checked by mypy --strict (``make typecheck``), never run: reading a model needs no ``Unset``.

Optional fields read ``T | None``, so a plain ``is None`` check (or ``or``) narrows them; a field whose schema
admits null reads the same way through its property. ``assert_type`` fails the type check if a field's type
drifts (back to ``T | Unset``, or to ``Any``).
"""

from __future__ import annotations

from typing import assert_type

from mqclients.dms_api.models import Queue
from mqclients.queuemanager_api.models import ElementInfo, PullElementsResult
from mqclients.rocketmq_api.models import MessageTrace
from mqclients.zaqar_api.models import QueueMetadata, RetryPolicy


def read_optional_fields(queue: Queue, metadata: QueueMetadata, pulled: PullElementsResult) -> None:
    assert_type(queue.id, str)
    assert_type(queue.description, str | None)
    assert_type(queue.created, int | None)
    if queue.description is not None:
        assert_type(queue.description, str)
    assert_type(metadata.retry_policy, RetryPolicy | None)
    assert_type(pulled.element_info, list[ElementInfo] | None)
    assert_type(pulled.element_info or [], list[ElementInfo])


def read_fields_whose_schema_admits_null(metadata: QueueMetadata, trace: MessageTrace) -> None:
    assert_type(metadata.dead_letter_queue, str | None)
    assert_type(metadata.max_claim_count, int | None)
    assert_type(trace.transaction_id, str | None)


def build_requests() -> None:
    QueueMetadata(default_message_ttl=600, dead_letter_queue=None)  # None: sent as null (the schema admits it)
    QueueMetadata(default_message_ttl=None)  # None: not sent
    metadata = QueueMetadata()
    metadata.dead_letter_queue = "dlq"
    del metadata.dead_letter_queue
