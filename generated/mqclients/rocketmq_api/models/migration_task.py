from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MigrationTask")


@_attrs_define
class MigrationTask:
    """A metadata migration task (doc table MetadataTask, 5-150)."""

    id: str | Unset = UNSET
    """ Task id. """
    name: str | Unset = UNSET
    """ Task name. """
    start_date: str | Unset = UNSET
    """ When the task started, as the service writes it (e.g. "2023-03-13 19:43:32.12"). """
    status: str | Unset = UNSET
    """ Task status, e.g. `finished`. """
    type_: str | Unset = UNSET
    """ Kind of migration: `rocketmq` or `rabbitToRocket`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        start_date = self.start_date

        status = self.status

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        start_date = d.pop("start_date", UNSET)

        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        migration_task = cls(
            id=id,
            name=name,
            start_date=start_date,
            status=status,
            type_=type_,
        )

        migration_task.additional_properties = d
        return migration_task

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
