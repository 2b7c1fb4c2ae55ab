"""TopicStatus: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.topic_status_broker import TopicStatusBroker


@_attrs_define(repr=False)
class TopicStatus(ModelWithExtras):
    """A topic's message offsets (response of 002 §5.3.7)."""

    max_offset: int | None = None
    """ Largest offset of the topic. """
    min_offset: int | None = None
    """ Smallest offset of the topic. """
    brokers: list[TopicStatusBroker] | None = None
    """ Offsets per broker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.max_offset is not None:
            field_dict["max_offset"] = self.max_offset
        if self.min_offset is not None:
            field_dict["min_offset"] = self.min_offset
        if self.brokers is not None:
            field_dict["brokers"] = [item0.to_dict() for item0 in self.brokers]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.topic_status_broker import TopicStatusBroker  # noqa: PLC0415

        d = dict(src_dict)
        max_offset = d.pop("max_offset", None)
        min_offset = d.pop("min_offset", None)
        _brokers = d.pop("brokers", None)
        brokers: list[TopicStatusBroker] | None = (
            None if _brokers is None else [TopicStatusBroker.from_dict(item0) for item0 in _brokers]
        )
        model = cls(
            max_offset=max_offset,
            min_offset=min_offset,
            brokers=brokers,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
