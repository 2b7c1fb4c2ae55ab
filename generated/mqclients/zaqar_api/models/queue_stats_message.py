"""QueueStatsMessage: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset


@_attrs_define(repr=False)
class QueueStatsMessage(ModelWithExtras):
    """The oldest or newest message of a queue, as queue statistics describe it."""

    href: str
    """ Path of the message. """
    age: int
    """ Seconds since the message was posted. """
    ttl: int
    """ Lifetime of the message in seconds. """
    created: str
    """ When the message was posted (UTC, `YYYY-MM-DDTHH:MM:SSZ`). """
    body: Any | None = None
    """ Body of the message (any JSON value). """
    _claim_id: str | None | Unset = _attrs_field(default=UNSET, alias="claim_id")
    claim_count: int | None = None
    """ How many times the message has been claimed. """
    checksum: str | None = None
    """ Checksum of the body (`MD5:<hex>`), only when the server runs with `enable_checksum`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def claim_id(self) -> str | None:
        """Id of the claim holding the message, or null.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._claim_id, Unset) else self._claim_id

    @claim_id.setter
    def claim_id(self, value: str | None) -> None:
        self._claim_id = value

    @claim_id.deleter
    def claim_id(self) -> None:
        self._claim_id = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["href"] = self.href
        field_dict["age"] = self.age
        field_dict["ttl"] = self.ttl
        field_dict["created"] = self.created
        if self.body is not None:
            field_dict["body"] = self.body
        if not isinstance(self._claim_id, Unset):
            field_dict["claim_id"] = self._claim_id
        if self.claim_count is not None:
            field_dict["claim_count"] = self.claim_count
        if self.checksum is not None:
            field_dict["checksum"] = self.checksum
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        href = d.pop("href")
        age = d.pop("age")
        ttl = d.pop("ttl")
        created = d.pop("created")
        body = d.pop("body", None)
        claim_id = d.pop("claim_id", UNSET)
        claim_count = d.pop("claim_count", None)
        checksum = d.pop("checksum", None)
        model = cls(
            href=href,
            age=age,
            ttl=ttl,
            created=created,
            body=body,
            claim_id=claim_id,
            claim_count=claim_count,
            checksum=checksum,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
