"""Queue: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.queue_metadata import QueueMetadata


@_attrs_define(repr=False)
class Queue(ModelWithExtras):
    """A queue as listed."""

    name: str
    """ Name of the queue. """
    href: str
    """ Path of the queue. """
    metadata: QueueMetadata | None = None
    """ Metadata of a queue: free-form keys of the caller plus the reserved keys below, which start
    with `_` and change how the server treats the queue. In answers every reserved key is present,
    filled with the server default (or null) when unset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["href"] = self.href
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.queue_metadata import QueueMetadata  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")
        href = d.pop("href")
        _metadata = d.pop("metadata", None)
        metadata: QueueMetadata | None = None if _metadata is None else QueueMetadata.from_dict(_metadata)
        model = cls(
            name=name,
            href=href,
            metadata=metadata,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
