"""InstanceRestartResult: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class InstanceRestartResult(ModelWithExtras):
    """Outcome of a restart (§5.11.2 table 5-189)."""

    instance_id: str | None = None
    """ Instance id. """
    nodes: list[str] | None = None
    """ The nodes being restarted. """
    result: str | None = None
    """ Outcome, e.g. `success`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.instance_id is not None:
            field_dict["instance_id"] = self.instance_id
        if self.nodes is not None:
            field_dict["nodes"] = self.nodes
        if self.result is not None:
            field_dict["result"] = self.result
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        instance_id = d.pop("instance_id", None)
        nodes = d.pop("nodes", None)
        result = d.pop("result", None)
        model = cls(
            instance_id=instance_id,
            nodes=nodes,
            result=result,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
