"""HealthOperationStatus: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.operation_status import OperationStatus


@_attrs_define(repr=False)
class HealthOperationStatus(ModelWithExtras):
    """Outcome of each step of the check workload, keyed by step (create_queue, post_messages, claim_messages,
    list_messages, delete_messages, delete_claim, bulk_delete_messages, delete_queue)."""

    additional_properties: dict[str, OperationStatus] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {key: value.to_dict() for key, value in self.additional_properties.items()}
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.operation_status import OperationStatus  # noqa: PLC0415

        d = dict(src_dict)
        model = cls()
        model.additional_properties = {key: OperationStatus.from_dict(value) for key, value in d.items()}
        return model

    def __getitem__(self, key: str) -> OperationStatus:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: OperationStatus) -> None:
        self.additional_properties[key] = value
