"""HistoryConsumerGroupList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.history_consumer_group import HistoryConsumerGroup


@_attrs_define(repr=False)
class HistoryConsumerGroupList(ModelWithExtras):
    """One page of an instance's consumer groups (002 table 8-36)."""

    total: int | None = None
    """ Total number of consumer groups (the doc types it Number). """
    groups: list[HistoryConsumerGroup] | None = None
    """ The consumer groups of this page. """
    max_: int | None = None
    """ Maximum number of consumer groups that can be created. """
    remaining: int | None = None
    """ Number of consumer groups that can still be created. """
    next_offset: int | None = None
    """ Offset of the next page (-1 when there is none). """
    previous_offset: int | None = None
    """ Offset of the previous page (-1 when there is none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not None:
            field_dict["total"] = self.total
        if self.groups is not None:
            field_dict["groups"] = [item0.to_dict() for item0 in self.groups]
        if self.max_ is not None:
            field_dict["max"] = self.max_
        if self.remaining is not None:
            field_dict["remaining"] = self.remaining
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        if self.previous_offset is not None:
            field_dict["previous_offset"] = self.previous_offset
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.history_consumer_group import HistoryConsumerGroup  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", None)
        _groups = d.pop("groups", None)
        groups: list[HistoryConsumerGroup] | None = (
            None if _groups is None else [HistoryConsumerGroup.from_dict(item0) for item0 in _groups]
        )
        max_ = d.pop("max", None)
        remaining = d.pop("remaining", None)
        next_offset = d.pop("next_offset", None)
        previous_offset = d.pop("previous_offset", None)
        model = cls(
            total=total,
            groups=groups,
            max_=max_,
            remaining=remaining,
            next_offset=next_offset,
            previous_offset=previous_offset,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
