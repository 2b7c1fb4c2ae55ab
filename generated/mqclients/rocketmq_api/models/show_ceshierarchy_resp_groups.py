from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics


T = TypeVar("T", bound="ShowCeshierarchyRespGroups")


@_attrs_define
class ShowCeshierarchyRespGroups:
    """SDK model ShowCeshierarchyRespGroups (huaweicloudsdkrocketmq 3.1.219)."""

    name: str | Unset = UNSET
    """ Consumer group name. """
    topics: list[ShowCeshierarchyRespTopics] | Unset = UNSET
    """ Topics the group consumes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _topics = d.pop("topics", UNSET)
        topics: list[ShowCeshierarchyRespTopics] | Unset = UNSET
        if _topics is not UNSET:
            topics = []
            for topics_item_data in _topics:
                topics_item = ShowCeshierarchyRespTopics.from_dict(topics_item_data)

                topics.append(topics_item)

        show_ceshierarchy_resp_groups = cls(
            name=name,
            topics=topics,
        )

        show_ceshierarchy_resp_groups.additional_properties = d
        return show_ceshierarchy_resp_groups

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
