"""QueueMetadata: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retry_policy import RetryPolicy


@_attrs_define(repr=False)
class QueueMetadata(ModelWithExtras):
    """Metadata of a queue: free-form keys of the caller plus the reserved keys below, which start
    with `_` and change how the server treats the queue. In answers every reserved key is present,
    filled with the server default (or null) when unset."""

    default_message_ttl: int | None = None
    """ TTL in seconds given to messages posted without one (server default `default_message_ttl`, 3600). """
    max_messages_post_size: int | None = None
    """ Largest accepted post-messages request body for this queue, in bytes (server default and upper bound
    `max_messages_post_size`, 262144). """
    default_message_delay: int | None = None
    """ Delay in seconds before new messages can be claimed; also enables the per-message `delay` field (0 = no
    delay). """
    _dead_letter_queue: str | None | Unset = _attrs_field(default=UNSET, alias="dead_letter_queue")
    _dead_letter_queue_messages_ttl: int | None | Unset = _attrs_field(
        default=UNSET, alias="dead_letter_queue_messages_ttl"
    )
    _max_claim_count: int | None | Unset = _attrs_field(default=UNSET, alias="max_claim_count")
    enable_encrypt_messages: bool | None = None
    """ Store message bodies encrypted (server option `message_encryption_algorithms`). """
    flavor: str | None = None
    """ With pooling, the flavor to place the queue in. Never in the server's defaults; answered only as stored when
    the queue was created or patched with it. """
    retry_policy: RetryPolicy | None = None
    """ How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def dead_letter_queue(self) -> str | None:
        """Name of the queue that receives messages claimed more than `_max_claim_count` times.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._dead_letter_queue, Unset) else self._dead_letter_queue

    @dead_letter_queue.setter
    def dead_letter_queue(self, value: str | None) -> None:
        self._dead_letter_queue = value

    @dead_letter_queue.deleter
    def dead_letter_queue(self) -> None:
        self._dead_letter_queue = UNSET

    @property
    def dead_letter_queue_messages_ttl(self) -> int | None:
        """TTL in seconds of messages moved to the dead letter queue (default their remaining TTL).

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._dead_letter_queue_messages_ttl, Unset) else self._dead_letter_queue_messages_ttl

    @dead_letter_queue_messages_ttl.setter
    def dead_letter_queue_messages_ttl(self, value: int | None) -> None:
        self._dead_letter_queue_messages_ttl = value

    @dead_letter_queue_messages_ttl.deleter
    def dead_letter_queue_messages_ttl(self) -> None:
        self._dead_letter_queue_messages_ttl = UNSET

    @property
    def max_claim_count(self) -> int | None:
        """How many times a message may be claimed before it moves to the dead letter queue.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._max_claim_count, Unset) else self._max_claim_count

    @max_claim_count.setter
    def max_claim_count(self, value: int | None) -> None:
        self._max_claim_count = value

    @max_claim_count.deleter
    def max_claim_count(self) -> None:
        self._max_claim_count = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.default_message_ttl is not None:
            field_dict["_default_message_ttl"] = self.default_message_ttl
        if self.max_messages_post_size is not None:
            field_dict["_max_messages_post_size"] = self.max_messages_post_size
        if self.default_message_delay is not None:
            field_dict["_default_message_delay"] = self.default_message_delay
        if not isinstance(self._dead_letter_queue, Unset):
            field_dict["_dead_letter_queue"] = self._dead_letter_queue
        if not isinstance(self._dead_letter_queue_messages_ttl, Unset):
            field_dict["_dead_letter_queue_messages_ttl"] = self._dead_letter_queue_messages_ttl
        if not isinstance(self._max_claim_count, Unset):
            field_dict["_max_claim_count"] = self._max_claim_count
        if self.enable_encrypt_messages is not None:
            field_dict["_enable_encrypt_messages"] = self.enable_encrypt_messages
        if self.flavor is not None:
            field_dict["_flavor"] = self.flavor
        if self.retry_policy is not None:
            field_dict["_retry_policy"] = self.retry_policy.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415

        d = dict(src_dict)
        default_message_ttl = d.pop("_default_message_ttl", None)
        max_messages_post_size = d.pop("_max_messages_post_size", None)
        default_message_delay = d.pop("_default_message_delay", None)
        dead_letter_queue = d.pop("_dead_letter_queue", UNSET)
        dead_letter_queue_messages_ttl = d.pop("_dead_letter_queue_messages_ttl", UNSET)
        max_claim_count = d.pop("_max_claim_count", UNSET)
        enable_encrypt_messages = d.pop("_enable_encrypt_messages", None)
        flavor = d.pop("_flavor", None)
        _retry_policy = d.pop("_retry_policy", None)
        retry_policy: RetryPolicy | None = None if _retry_policy is None else RetryPolicy.from_dict(_retry_policy)
        model = cls(
            default_message_ttl=default_message_ttl,
            max_messages_post_size=max_messages_post_size,
            default_message_delay=default_message_delay,
            dead_letter_queue=dead_letter_queue,
            dead_letter_queue_messages_ttl=dead_letter_queue_messages_ttl,
            max_claim_count=max_claim_count,
            enable_encrypt_messages=enable_encrypt_messages,
            flavor=flavor,
            retry_policy=retry_policy,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
