"""BatchDeleteMessageRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class BatchDeleteMessageRequest(ModelWithExtras):
    """BatchDeleteMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    receipt_handle: list[str]
    """ The handles, 1 to 16. Sent as `receiptHandle.0`, `receiptHandle.1`, ... """
    action: Literal["BatchDeleteMessage"] = "BatchDeleteMessage"
    """ The action; fixed, the client fills it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["queueName"] = self.queue_name
        field_dict["receiptHandle"] = self.receipt_handle
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["BatchDeleteMessage"] = expect_const(_action, "BatchDeleteMessage", "action")
        queue_name = d.pop("queueName")
        receipt_handle = d.pop("receiptHandle")
        model = cls(
            action=action,
            queue_name=queue_name,
            receipt_handle=receipt_handle,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
