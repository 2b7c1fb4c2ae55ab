from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_operation_status import HealthOperationStatus


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """Detailed health of the server. Without pooling it holds `storage_reachable` and
    `operation_status`; with pooling it holds `catalog_reachable` and one entry per pool (keyed by
    pool name, each shaped like this object without pooling).

    """

    storage_reachable: bool | Unset = UNSET
    """ Whether the message store answers. """
    operation_status: HealthOperationStatus | Unset = UNSET
    """ Outcome of each step of the check workload, keyed by step (create_queue, post_messages, claim_messages,
    list_messages, delete_messages, delete_claim, bulk_delete_messages, delete_queue). """
    catalog_reachable: bool | Unset = UNSET
    """ With pooling, whether the pool catalog answers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storage_reachable = self.storage_reachable

        operation_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_status, Unset):
            operation_status = self.operation_status.to_dict()

        catalog_reachable = self.catalog_reachable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storage_reachable is not UNSET:
            field_dict["storage_reachable"] = storage_reachable
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if catalog_reachable is not UNSET:
            field_dict["catalog_reachable"] = catalog_reachable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.health_operation_status import HealthOperationStatus  # noqa: PLC0415

        d = dict(src_dict)
        storage_reachable = d.pop("storage_reachable", UNSET)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: HealthOperationStatus | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = HealthOperationStatus.from_dict(_operation_status)

        catalog_reachable = d.pop("catalog_reachable", UNSET)

        health = cls(
            storage_reachable=storage_reachable,
            operation_status=operation_status,
            catalog_reachable=catalog_reachable,
        )

        health.additional_properties = d
        return health

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
