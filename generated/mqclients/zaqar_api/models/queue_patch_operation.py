from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_patch_operation_op import QueuePatchOperationOp, check_queue_patch_operation_op
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueuePatchOperation")


@_attrs_define
class QueuePatchOperation:
    """One JSON patch operation on a queue's metadata."""

    op: QueuePatchOperationOp
    """ What to do with the key; `add` sets it, `replace` changes a key that is set or reserved, `remove` deletes
    it. """
    path: str
    """ JSON pointer of the metadata key, always `/metadata/<key>`. """
    value: Any | Unset = UNSET
    """ New value of the key (any JSON value); required for `add` and `replace`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str = self.op

        path = self.path

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "op": op,
                "path": path,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = check_queue_patch_operation_op(d.pop("op"))

        path = d.pop("path")

        value = d.pop("value", UNSET)

        queue_patch_operation = cls(
            op=op,
            path=path,
            value=value,
        )

        queue_patch_operation.additional_properties = d
        return queue_patch_operation

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
