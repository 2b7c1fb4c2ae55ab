"""MigrationTaskList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.migration_task import MigrationTask


@_attrs_define(repr=False)
class MigrationTaskList(ModelWithExtras):
    """The instance's migration tasks (doc table 5-149)."""

    total: int | None = None
    """ Total number of migration tasks. """
    task: list[MigrationTask] | None = None
    """ The tasks of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.total is not None:
            field_dict["total"] = self.total
        if self.task is not None:
            field_dict["task"] = [item0.to_dict() for item0 in self.task]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.migration_task import MigrationTask  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", None)
        _task = d.pop("task", None)
        task: list[MigrationTask] | None = (
            None if _task is None else [MigrationTask.from_dict(item0) for item0 in _task]
        )
        model = cls(
            total=total,
            task=task,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
