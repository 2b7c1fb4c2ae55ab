"""DeleteQueueRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class DeleteQueueRequest(ModelWithExtras):
    """DeleteQueue's parameters."""

    queue_name: str
    """ Name of the queue. """
    action: Literal["DeleteQueue"] = "DeleteQueue"
    """ The action; fixed, the client fills it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["queueName"] = self.queue_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["DeleteQueue"] = expect_const(_action, "DeleteQueue", "action")
        queue_name = d.pop("queueName")
        model = cls(
            action=action,
            queue_name=queue_name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
