from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Group")


@_attrs_define
class Group:
    """A consumer group and its message counters."""

    id: str
    """ Id of the group. """
    name: str
    """ Name of the group. """
    produced_messages: int | Unset = UNSET
    """ Messages sent to the queue that the group can see (expired and deleted ones excluded). """
    consumed_messages: int | Unset = UNSET
    """ Messages the group has consumed. """
    available_messages: int | Unset = UNSET
    """ Messages the group has yet to consume. """
    produced_deadletters: int | Unset = UNSET
    """ Dead letters the group has produced; only answered with `include_deadletter=true`. """
    available_deadletters: int | Unset = UNSET
    """ Dead letters the group has yet to consume; only answered with `include_deadletter=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        produced_messages = self.produced_messages

        consumed_messages = self.consumed_messages

        available_messages = self.available_messages

        produced_deadletters = self.produced_deadletters

        available_deadletters = self.available_deadletters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if produced_messages is not UNSET:
            field_dict["produced_messages"] = produced_messages
        if consumed_messages is not UNSET:
            field_dict["consumed_messages"] = consumed_messages
        if available_messages is not UNSET:
            field_dict["available_messages"] = available_messages
        if produced_deadletters is not UNSET:
            field_dict["produced_deadletters"] = produced_deadletters
        if available_deadletters is not UNSET:
            field_dict["available_deadletters"] = available_deadletters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        produced_messages = d.pop("produced_messages", UNSET)

        consumed_messages = d.pop("consumed_messages", UNSET)

        available_messages = d.pop("available_messages", UNSET)

        produced_deadletters = d.pop("produced_deadletters", UNSET)

        available_deadletters = d.pop("available_deadletters", UNSET)

        group = cls(
            id=id,
            name=name,
            produced_messages=produced_messages,
            consumed_messages=consumed_messages,
            available_messages=available_messages,
            produced_deadletters=produced_deadletters,
            available_deadletters=available_deadletters,
        )

        group.additional_properties = d
        return group

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
