"""StepDetail: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class StepDetail(ModelWithExtras):
    """One step of a background task (API reference: Querying the progress of an instance change record)."""

    name: str | None = None
    """ Step name. """
    statue: str | None = None
    """ Step status (the field is spelled `statue` on the page and in the SDK): COMPLETED, IN_PROGRESS, FAILED or
    WAITING. """
    start_time: int | str | None = None
    """ When the step started (String on the page, int in the SDK). """
    end_time: int | str | None = None
    """ When the step ended (String on the page, int in the SDK). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.statue is not None:
            field_dict["statue"] = self.statue
        if self.start_time is not None:
            field_dict["start_time"] = self.start_time
        if self.end_time is not None:
            field_dict["end_time"] = self.end_time
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        statue = d.pop("statue", None)
        start_time = d.pop("start_time", None)
        end_time = d.pop("end_time", None)
        model = cls(
            name=name,
            statue=statue,
            start_time=start_time,
            end_time=end_time,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
