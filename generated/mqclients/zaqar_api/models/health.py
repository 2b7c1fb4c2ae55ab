"""Health: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.health_operation_status import HealthOperationStatus


@_attrs_define(repr=False)
class Health(ModelWithExtras):
    """Detailed health of the server. Without pooling it holds `storage_reachable` and
    `operation_status`; with pooling it holds `catalog_reachable` and one entry per pool (keyed by
    pool name, each shaped like this object without pooling)."""

    storage_reachable: bool | None = None
    """ Whether the message store answers. """
    operation_status: HealthOperationStatus | None = None
    """ Outcome of each step of the check workload, keyed by step (create_queue, post_messages, claim_messages,
    list_messages, delete_messages, delete_claim, bulk_delete_messages, delete_queue). """
    catalog_reachable: bool | None = None
    """ With pooling, whether the pool catalog answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.storage_reachable is not None:
            field_dict["storage_reachable"] = self.storage_reachable
        if self.operation_status is not None:
            field_dict["operation_status"] = self.operation_status.to_dict()
        if self.catalog_reachable is not None:
            field_dict["catalog_reachable"] = self.catalog_reachable
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.health_operation_status import HealthOperationStatus  # noqa: PLC0415

        d = dict(src_dict)
        storage_reachable = d.pop("storage_reachable", None)
        _operation_status = d.pop("operation_status", None)
        operation_status: HealthOperationStatus | None = (
            None if _operation_status is None else HealthOperationStatus.from_dict(_operation_status)
        )
        catalog_reachable = d.pop("catalog_reachable", None)
        model = cls(
            storage_reachable=storage_reachable,
            operation_status=operation_status,
            catalog_reachable=catalog_reachable,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
