from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group


T = TypeVar("T", bound="GroupList")


@_attrs_define
class GroupList:
    """The consumer groups of a queue."""

    groups: list[Group]
    """ The groups (one page of them when paging applies). """
    queue_id: str | Unset = UNSET
    """ Id of the queue. """
    queue_name: str | Unset = UNSET
    """ Name of the queue. """
    redrive_policy: str | Unset = UNSET
    """ The queue's dead-letter setting (`enable` or `disable`); only answered with `include_deadletter=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        queue_id = self.queue_id

        queue_name = self.queue_name

        redrive_policy = self.redrive_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
            }
        )
        if queue_id is not UNSET:
            field_dict["queue_id"] = queue_id
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if redrive_policy is not UNSET:
            field_dict["redrive_policy"] = redrive_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group import Group  # noqa: PLC0415

        d = dict(src_dict)
        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = Group.from_dict(groups_item_data)

            groups.append(groups_item)

        queue_id = d.pop("queue_id", UNSET)

        queue_name = d.pop("queue_name", UNSET)

        redrive_policy = d.pop("redrive_policy", UNSET)

        group_list = cls(
            groups=groups,
            queue_id=queue_id,
            queue_name=queue_name,
            redrive_policy=redrive_policy,
        )

        group_list.additional_properties = d
        return group_list

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
