from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueueStatsMessage")


@_attrs_define
class QueueStatsMessage:
    """The oldest or newest message of a queue, as queue statistics describe it."""

    href: str
    """ Path of the message. """
    age: int
    """ Seconds since the message was posted. """
    ttl: int
    """ Lifetime of the message in seconds. """
    created: str
    """ When the message was posted (UTC, `YYYY-MM-DDTHH:MM:SSZ`). """
    body: Any | Unset = UNSET
    """ Body of the message (any JSON value). """
    claim_id: None | str | Unset = UNSET
    """ Id of the claim holding the message, or null. """
    claim_count: int | Unset = UNSET
    """ How many times the message has been claimed. """
    checksum: str | Unset = UNSET
    """ Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        href = self.href

        age = self.age

        ttl = self.ttl

        created = self.created

        body = self.body

        claim_id: None | str | Unset
        if isinstance(self.claim_id, Unset):
            claim_id = UNSET
        else:
            claim_id = self.claim_id

        claim_count = self.claim_count

        checksum = self.checksum

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "age": age,
                "ttl": ttl,
                "created": created,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        if claim_id is not UNSET:
            field_dict["claim_id"] = claim_id
        if claim_count is not UNSET:
            field_dict["claim_count"] = claim_count
        if checksum is not UNSET:
            field_dict["checksum"] = checksum

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        href = d.pop("href")

        age = d.pop("age")

        ttl = d.pop("ttl")

        created = d.pop("created")

        body = d.pop("body", UNSET)

        def _parse_claim_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        claim_id = _parse_claim_id(d.pop("claim_id", UNSET))

        claim_count = d.pop("claim_count", UNSET)

        checksum = d.pop("checksum", UNSET)

        queue_stats_message = cls(
            href=href,
            age=age,
            ttl=ttl,
            created=created,
            body=body,
            claim_id=claim_id,
            claim_count=claim_count,
            checksum=checksum,
        )

        queue_stats_message.additional_properties = d
        return queue_stats_message

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
