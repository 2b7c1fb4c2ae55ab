from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumers_in_tag_entity import ConsumersInTagEntity


T = TypeVar("T", bound="SubscriptionEntity")


@_attrs_define
class SubscriptionEntity:
    """SDK model SubscriptionEntity (huaweicloudsdkrocketmq 3.1.219)."""

    topic_name: str | Unset = UNSET
    """ Topic name. """
    consumers_in_tags: list[ConsumersInTagEntity] | Unset = UNSET
    """ Consumers in tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_name = self.topic_name

        consumers_in_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumers_in_tags, Unset):
            consumers_in_tags = []
            for consumers_in_tags_item_data in self.consumers_in_tags:
                consumers_in_tags_item = consumers_in_tags_item_data.to_dict()
                consumers_in_tags.append(consumers_in_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic_name is not UNSET:
            field_dict["topic_name"] = topic_name
        if consumers_in_tags is not UNSET:
            field_dict["consumers_in_tags"] = consumers_in_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumers_in_tag_entity import ConsumersInTagEntity  # noqa: PLC0415

        d = dict(src_dict)
        topic_name = d.pop("topic_name", UNSET)

        _consumers_in_tags = d.pop("consumers_in_tags", UNSET)
        consumers_in_tags: list[ConsumersInTagEntity] | Unset = UNSET
        if _consumers_in_tags is not UNSET:
            consumers_in_tags = []
            for consumers_in_tags_item_data in _consumers_in_tags:
                consumers_in_tags_item = ConsumersInTagEntity.from_dict(consumers_in_tags_item_data)

                consumers_in_tags.append(consumers_in_tags_item)

        subscription_entity = cls(
            topic_name=topic_name,
            consumers_in_tags=consumers_in_tags,
        )

        subscription_entity.additional_properties = d
        return subscription_entity

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
