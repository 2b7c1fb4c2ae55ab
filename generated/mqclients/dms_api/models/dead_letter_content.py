"""DeadLetterContent: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.message_attributes import MessageAttributes


@_attrs_define(repr=False)
class DeadLetterContent(ModelWithExtras):
    """A dead letter's message as consumed."""

    body: Any | None = None
    """ Body of the message, as sent (a string or any JSON value). """
    attributes: MessageAttributes | None = None
    """ A message's attributes, names to string values; each name appears once per message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.body is not None:
            field_dict["body"] = self.body
        if self.attributes is not None:
            field_dict["attributes"] = self.attributes.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.message_attributes import MessageAttributes  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", None)
        _attributes = d.pop("attributes", None)
        attributes: MessageAttributes | None = None if _attributes is None else MessageAttributes.from_dict(_attributes)
        model = cls(
            body=body,
            attributes=attributes,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
