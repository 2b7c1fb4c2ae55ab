"""SubscriptionEntity: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.consumers_in_tag_entity import ConsumersInTagEntity


@_attrs_define(repr=False)
class SubscriptionEntity(ModelWithExtras):
    """SDK model SubscriptionEntity (huaweicloudsdkrocketmq 3.1.219)."""

    topic_name: str | None = None
    """ Topic name. """
    consumers_in_tags: list[ConsumersInTagEntity] | None = None
    """ Consumers in tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topic_name is not None:
            field_dict["topic_name"] = self.topic_name
        if self.consumers_in_tags is not None:
            field_dict["consumers_in_tags"] = [item0.to_dict() for item0 in self.consumers_in_tags]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.consumers_in_tag_entity import ConsumersInTagEntity  # noqa: PLC0415

        d = dict(src_dict)
        topic_name = d.pop("topic_name", None)
        _consumers_in_tags = d.pop("consumers_in_tags", None)
        consumers_in_tags: list[ConsumersInTagEntity] | None = (
            None
            if _consumers_in_tags is None
            else [ConsumersInTagEntity.from_dict(item0) for item0 in _consumers_in_tags]
        )
        model = cls(
            topic_name=topic_name,
            consumers_in_tags=consumers_in_tags,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
