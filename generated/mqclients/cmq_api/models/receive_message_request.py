"""ReceiveMessageRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class ReceiveMessageRequest(ModelWithExtras):
    """ReceiveMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    action: Literal["ReceiveMessage"] = "ReceiveMessage"
    """ The action; fixed, the client fills it in. """
    polling_wait_seconds: int | None = None
    """ Seconds to wait for a message when there is none (long poll); the queue's own setting when left out. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        field_dict["queueName"] = self.queue_name
        if self.polling_wait_seconds is not None:
            field_dict["pollingWaitSeconds"] = self.polling_wait_seconds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["ReceiveMessage"] = expect_const(_action, "ReceiveMessage", "action")
        queue_name = d.pop("queueName")
        polling_wait_seconds = d.pop("pollingWaitSeconds", None)
        model = cls(
            action=action,
            queue_name=queue_name,
            polling_wait_seconds=polling_wait_seconds,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
