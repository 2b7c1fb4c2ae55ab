from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_tag_delete_action_action import (
    InstanceTagDeleteActionAction,
    check_instance_tag_delete_action_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.instance_tag_entry import InstanceTagEntry


T = TypeVar("T", bound="InstanceTagDeleteAction")


@_attrs_define
class InstanceTagDeleteAction:
    """Tags to remove from an instance (doc table 5-160 with `action=delete`; SDK BatchCreateOrDeleteTagReq)."""

    action: InstanceTagDeleteActionAction = "delete"
    """ Operation, always `delete` here (lowercase only); filled in by the client. """
    tags: list[InstanceTagEntry] | Unset = UNSET
    """ The tags to remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.instance_tag_entry import InstanceTagEntry  # noqa: PLC0415

        d = dict(src_dict)
        action = check_instance_tag_delete_action_action(d.pop("action"))

        _tags = d.pop("tags", UNSET)
        tags: list[InstanceTagEntry] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = InstanceTagEntry.from_dict(tags_item_data)

                tags.append(tags_item)

        instance_tag_delete_action = cls(
            action=action,
            tags=tags,
        )

        instance_tag_delete_action.additional_properties = d
        return instance_tag_delete_action

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
