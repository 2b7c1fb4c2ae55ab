"""QueuePatchOperation: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.queue_patch_operation_op import QueuePatchOperationOp, check_queue_patch_operation_op


@_attrs_define(repr=False)
class QueuePatchOperation(ModelWithExtras):
    """One JSON patch operation on a queue's metadata."""

    op: QueuePatchOperationOp
    """ What to do with the key; `add` sets it, `replace` changes a key that is set or reserved, `remove` deletes
    it. """
    path: str
    """ JSON pointer of the metadata key, always `/metadata/<key>`. """
    value: Any | None = None
    """ New value of the key (any JSON value); required for `add` and `replace`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["op"] = self.op
        field_dict["path"] = self.path
        if self.value is not None:
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _op = d.pop("op")
        op: QueuePatchOperationOp = check_queue_patch_operation_op(_op)
        path = d.pop("path")
        value = d.pop("value", None)
        model = cls(
            op=op,
            path=path,
            value=value,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
