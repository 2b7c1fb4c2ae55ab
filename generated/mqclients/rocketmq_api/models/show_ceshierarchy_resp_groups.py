"""ShowCeshierarchyRespGroups: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics


@_attrs_define(repr=False)
class ShowCeshierarchyRespGroups(ModelWithExtras):
    """SDK model ShowCeshierarchyRespGroups (huaweicloudsdkrocketmq 3.1.219)."""

    name: str | None = None
    """ Consumer group name. """
    topics: list[ShowCeshierarchyRespTopics] | None = None
    """ Topics the group consumes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.topics is not None:
            field_dict["topics"] = [item0.to_dict() for item0 in self.topics]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.show_ceshierarchy_resp_topics import ShowCeshierarchyRespTopics  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        _topics = d.pop("topics", None)
        topics: list[ShowCeshierarchyRespTopics] | None = (
            None if _topics is None else [ShowCeshierarchyRespTopics.from_dict(item0) for item0 in _topics]
        )
        model = cls(
            name=name,
            topics=topics,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
