from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topic_summary import TopicSummary


T = TypeVar("T", bound="TopicList")


@_attrs_define
class TopicList:
    """One page of topics (response of 002 §5.3.2)."""

    total: int | Unset = UNSET
    """ Number of the instance's topics (all pages). """
    max_: int | Unset = UNSET
    """ Maximum number of topics the instance may hold. """
    remaining: int | Unset = UNSET
    """ How many more topics can be created. """
    next_offset: int | Unset = UNSET
    """ Offset of the next page; -1 when there is none. """
    previous_offset: int | Unset = UNSET
    """ Offset of the previous page; -1 when there is none. """
    topics: list[TopicSummary] | Unset = UNSET
    """ The topics on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        max_ = self.max_

        remaining = self.remaining

        next_offset = self.next_offset

        previous_offset = self.previous_offset

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if max_ is not UNSET:
            field_dict["max"] = max_
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if next_offset is not UNSET:
            field_dict["next_offset"] = next_offset
        if previous_offset is not UNSET:
            field_dict["previous_offset"] = previous_offset
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.topic_summary import TopicSummary  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        max_ = d.pop("max", UNSET)

        remaining = d.pop("remaining", UNSET)

        next_offset = d.pop("next_offset", UNSET)

        previous_offset = d.pop("previous_offset", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[TopicSummary] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = TopicSummary.from_dict(topics_item_data)

                topics.append(topics_item)

        topic_list = cls(
            total=total,
            max_=max_,
            remaining=remaining,
            next_offset=next_offset,
            previous_offset=previous_offset,
            topics=topics,
        )

        topic_list.additional_properties = d
        return topic_list

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
