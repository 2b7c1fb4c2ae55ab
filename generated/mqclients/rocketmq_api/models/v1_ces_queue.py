"""V1CesQueue: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.v1_ces_name import V1CesName


@_attrs_define(repr=False)
class V1CesQueue(ModelWithExtras):
    """A topic with its partitions (doc table queues, 002 tables 8-23 and 8-26)."""

    name: str | None = None
    """ Topic name. """
    partitions: list[V1CesName] | None = None
    """ The topic's partitions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.partitions is not None:
            field_dict["partitions"] = [item0.to_dict() for item0 in self.partitions]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.v1_ces_name import V1CesName  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", None)
        _partitions = d.pop("partitions", None)
        partitions: list[V1CesName] | None = (
            None if _partitions is None else [V1CesName.from_dict(item0) for item0 in _partitions]
        )
        model = cls(
            name=name,
            partitions=partitions,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
