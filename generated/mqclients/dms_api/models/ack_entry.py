"""AckEntry: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.ack_entry_status import AckEntryStatus, check_ack_entry_status


@_attrs_define(repr=False)
class AckEntry(ModelWithExtras):
    """The outcome of processing one consumed message."""

    handler: str
    """ The handler the consume call answered with the message. """
    status: AckEntryStatus
    """ `success` when the message was processed, `fail` when it was not (it is delivered again). The old SDK sent
    `success` unless told otherwise. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["handler"] = self.handler
        field_dict["status"] = self.status
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        handler = d.pop("handler")
        _status = d.pop("status")
        status: AckEntryStatus = check_ack_entry_status(_status)
        model = cls(
            handler=handler,
            status=status,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
