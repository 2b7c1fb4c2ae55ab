"""GroupList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.group import Group


@_attrs_define(repr=False)
class GroupList(ModelWithExtras):
    """The consumer groups of a queue."""

    groups: list[Group]
    """ The groups (one page of them when paging applies). """
    queue_id: str | None = None
    """ Id of the queue. """
    queue_name: str | None = None
    """ Name of the queue. """
    redrive_policy: str | None = None
    """ The queue's dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["groups"] = [item0.to_dict() for item0 in self.groups]
        if self.queue_id is not None:
            field_dict["queue_id"] = self.queue_id
        if self.queue_name is not None:
            field_dict["queue_name"] = self.queue_name
        if self.redrive_policy is not None:
            field_dict["redrive_policy"] = self.redrive_policy
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.group import Group  # noqa: PLC0415

        d = dict(src_dict)
        _groups = d.pop("groups")
        groups: list[Group] = [Group.from_dict(item0) for item0 in _groups]
        queue_id = d.pop("queue_id", None)
        queue_name = d.pop("queue_name", None)
        redrive_policy = d.pop("redrive_policy", None)
        model = cls(
            groups=groups,
            queue_id=queue_id,
            queue_name=queue_name,
            redrive_policy=redrive_policy,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
