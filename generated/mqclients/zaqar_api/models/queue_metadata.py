from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retry_policy import RetryPolicy


T = TypeVar("T", bound="QueueMetadata")


@_attrs_define
class QueueMetadata:
    """Metadata of a queue: free-form keys of the caller plus the reserved keys below, which start
    with `_` and change how the server treats the queue. In answers every reserved key is present,
    filled with the server default (or null) when unset.

    """

    default_message_ttl: int | Unset = UNSET
    """ TTL in seconds given to messages posted without one (server default `default_message_ttl`, 3600). """
    max_messages_post_size: int | Unset = UNSET
    """ Largest accepted post-messages request body for this queue, in bytes (server default and upper bound
    `max_messages_post_size`, 262144). """
    default_message_delay: int | Unset = UNSET
    """ Delay in seconds before new messages can be claimed; also enables the per-message `delay` field (0 = no
    delay). """
    dead_letter_queue: None | str | Unset = UNSET
    """ Name of the queue that receives messages claimed more than `_max_claim_count` times. """
    dead_letter_queue_messages_ttl: int | None | Unset = UNSET
    """ TTL in seconds of messages moved to the dead letter queue (default their remaining TTL). """
    max_claim_count: int | None | Unset = UNSET
    """ How many times a message may be claimed before it moves to the dead letter queue. """
    enable_encrypt_messages: bool | Unset = UNSET
    """ Store message bodies encrypted (server option `message_encryption_algorithms`). """
    flavor: str | Unset = UNSET
    """ With pooling, the flavor to place the queue in. Never in the server's defaults; answered only as stored when
    the queue was created or patched with it. """
    retry_policy: RetryPolicy | Unset = UNSET
    """ How notifications are retried when a webhook answers 5xx (subscription option
    `_retry_policy`, or queue metadata for every subscription of the queue). The gap between
    `minimum_delay` and `maximum_delay` must be at least 10 seconds.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_message_ttl = self.default_message_ttl

        max_messages_post_size = self.max_messages_post_size

        default_message_delay = self.default_message_delay

        dead_letter_queue: None | str | Unset
        if isinstance(self.dead_letter_queue, Unset):
            dead_letter_queue = UNSET
        else:
            dead_letter_queue = self.dead_letter_queue

        dead_letter_queue_messages_ttl: int | None | Unset
        if isinstance(self.dead_letter_queue_messages_ttl, Unset):
            dead_letter_queue_messages_ttl = UNSET
        else:
            dead_letter_queue_messages_ttl = self.dead_letter_queue_messages_ttl

        max_claim_count: int | None | Unset
        if isinstance(self.max_claim_count, Unset):
            max_claim_count = UNSET
        else:
            max_claim_count = self.max_claim_count

        enable_encrypt_messages = self.enable_encrypt_messages

        flavor = self.flavor

        retry_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry_policy, Unset):
            retry_policy = self.retry_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_message_ttl is not UNSET:
            field_dict["_default_message_ttl"] = default_message_ttl
        if max_messages_post_size is not UNSET:
            field_dict["_max_messages_post_size"] = max_messages_post_size
        if default_message_delay is not UNSET:
            field_dict["_default_message_delay"] = default_message_delay
        if dead_letter_queue is not UNSET:
            field_dict["_dead_letter_queue"] = dead_letter_queue
        if dead_letter_queue_messages_ttl is not UNSET:
            field_dict["_dead_letter_queue_messages_ttl"] = dead_letter_queue_messages_ttl
        if max_claim_count is not UNSET:
            field_dict["_max_claim_count"] = max_claim_count
        if enable_encrypt_messages is not UNSET:
            field_dict["_enable_encrypt_messages"] = enable_encrypt_messages
        if flavor is not UNSET:
            field_dict["_flavor"] = flavor
        if retry_policy is not UNSET:
            field_dict["_retry_policy"] = retry_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415

        d = dict(src_dict)
        default_message_ttl = d.pop("_default_message_ttl", UNSET)

        max_messages_post_size = d.pop("_max_messages_post_size", UNSET)

        default_message_delay = d.pop("_default_message_delay", UNSET)

        def _parse_dead_letter_queue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dead_letter_queue = _parse_dead_letter_queue(d.pop("_dead_letter_queue", UNSET))

        def _parse_dead_letter_queue_messages_ttl(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dead_letter_queue_messages_ttl = _parse_dead_letter_queue_messages_ttl(
            d.pop("_dead_letter_queue_messages_ttl", UNSET)
        )

        def _parse_max_claim_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_claim_count = _parse_max_claim_count(d.pop("_max_claim_count", UNSET))

        enable_encrypt_messages = d.pop("_enable_encrypt_messages", UNSET)

        flavor = d.pop("_flavor", UNSET)

        _retry_policy = d.pop("_retry_policy", UNSET)
        retry_policy: RetryPolicy | Unset
        if isinstance(_retry_policy, Unset):
            retry_policy = UNSET
        else:
            retry_policy = RetryPolicy.from_dict(_retry_policy)

        queue_metadata = cls(
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

        queue_metadata.additional_properties = d
        return queue_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
