"""Subscription: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Subscription(ModelWithExtras):
    """SDK model Subscription (huaweicloudsdkrocketmq 3.1.219)."""

    topic: str | None = None
    """ Name of the topic subscribed to. """
    type_: str | None = None
    """ Kind of filter expression, `TAG` or `SQL92`. """
    expression: str | None = None
    """ The filter expression (for `TAG`, the tags, e.g. `tagA`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.topic is not None:
            field_dict["topic"] = self.topic
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.expression is not None:
            field_dict["expression"] = self.expression
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        topic = d.pop("topic", None)
        type_ = d.pop("type", None)
        expression = d.pop("expression", None)
        model = cls(
            topic=topic,
            type_=type_,
            expression=expression,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
