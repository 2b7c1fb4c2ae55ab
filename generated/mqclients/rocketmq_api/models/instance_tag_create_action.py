"""InstanceTagCreateAction: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.instance_tag_create_action_action import (
    InstanceTagCreateActionAction,
    check_instance_tag_create_action_action,
)

if TYPE_CHECKING:
    from ..models.instance_tag_entry import InstanceTagEntry


@_attrs_define(repr=False)
class InstanceTagCreateAction(ModelWithExtras):
    """Tags to add to an instance (doc table 5-160 with `action=create`; SDK BatchCreateOrDeleteTagReq)."""

    action: InstanceTagCreateActionAction = "create"
    """ Operation, always `create` here (lowercase only); filled in by the client. """
    tags: list[InstanceTagEntry] | None = None
    """ The tags to add. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["action"] = self.action
        if self.tags is not None:
            field_dict["tags"] = [item0.to_dict() for item0 in self.tags]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.instance_tag_entry import InstanceTagEntry  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action")
        action: InstanceTagCreateActionAction = check_instance_tag_create_action_action(_action)
        _tags = d.pop("tags", None)
        tags: list[InstanceTagEntry] | None = (
            None if _tags is None else [InstanceTagEntry.from_dict(item0) for item0 in _tags]
        )
        model = cls(
            action=action,
            tags=tags,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
