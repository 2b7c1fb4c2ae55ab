"""TopicList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.topic_summary import TopicSummary


@_attrs_define(repr=False)
class TopicList(ModelWithExtras):
    """One page of topics (response of 002 §5.3.2)."""

    total: int | None = None
    """ Number of the instance's topics (all pages). """
    max_: int | None = None
    """ Maximum number of topics the instance may hold. """
    remaining: int | None = None
    """ How many more topics can be created. """
    next_offset: int | None = None
    """ Offset of the next page; -1 when there is none. """
    previous_offset: int | None = None
    """ Offset of the previous page; -1 when there is none. """
    topics: list[TopicSummary] | None = None
    """ The topics on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not None:
            field_dict["total"] = self.total
        if self.max_ is not None:
            field_dict["max"] = self.max_
        if self.remaining is not None:
            field_dict["remaining"] = self.remaining
        if self.next_offset is not None:
            field_dict["next_offset"] = self.next_offset
        if self.previous_offset is not None:
            field_dict["previous_offset"] = self.previous_offset
        if self.topics is not None:
            field_dict["topics"] = [item0.to_dict() for item0 in self.topics]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.topic_summary import TopicSummary  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", None)
        max_ = d.pop("max", None)
        remaining = d.pop("remaining", None)
        next_offset = d.pop("next_offset", None)
        previous_offset = d.pop("previous_offset", None)
        _topics = d.pop("topics", None)
        topics: list[TopicSummary] | None = (
            None if _topics is None else [TopicSummary.from_dict(item0) for item0 in _topics]
        )
        model = cls(
            total=total,
            max_=max_,
            remaining=remaining,
            next_offset=next_offset,
            previous_offset=previous_offset,
            topics=topics,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
