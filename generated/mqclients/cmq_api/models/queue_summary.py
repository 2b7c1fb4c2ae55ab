"""QueueSummary: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class QueueSummary(ModelWithExtras):
    """A queue as ListQueue answers it."""

    queue_id: str | None = None
    """ Id of the queue, such as `queue-ajksdfasdowe`. """
    queue_name: str | None = None
    """ Name of the queue. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.queue_id is not None:
            field_dict["queueId"] = self.queue_id
        if self.queue_name is not None:
            field_dict["queueName"] = self.queue_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        queue_id = d.pop("queueId", None)
        queue_name = d.pop("queueName", None)
        model = cls(
            queue_id=queue_id,
            queue_name=queue_name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
