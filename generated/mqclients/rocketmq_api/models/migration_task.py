"""MigrationTask: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class MigrationTask(ModelWithExtras):
    """A metadata migration task (doc table MetadataTask, 5-150)."""

    id: str | None = None
    """ Task id. """
    name: str | None = None
    """ Task name. """
    start_date: str | None = None
    """ When the task started, as the service writes it (e.g. "2023-03-13 19:43:32.12"). """
    status: str | None = None
    """ Task status, e.g. `finished`. """
    type_: str | None = None
    """ Kind of migration: `rocketmq` or `rabbitToRocket`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.name is not None:
            field_dict["name"] = self.name
        if self.start_date is not None:
            field_dict["start_date"] = self.start_date
        if self.status is not None:
            field_dict["status"] = self.status
        if self.type_ is not None:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        name = d.pop("name", None)
        start_date = d.pop("start_date", None)
        status = d.pop("status", None)
        type_ = d.pop("type", None)
        model = cls(
            id=id,
            name=name,
            start_date=start_date,
            status=status,
            type_=type_,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
