"""QuotaResource: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class QuotaResource(ModelWithExtras):
    """The quota of one resource type. Every field may be missing."""

    type_: str | None = None
    """ Resource type; values seen are `queue`, `group`, `rabbitmqInstance`, `kafkaInstance`, `rocketmqInstance` and
    `tags`. """
    quota: int | None = None
    """ Current quota. """
    used: int | None = None
    """ Amount in use. """
    min_: int | None = None
    """ Smallest quota that can be set. """
    max_: int | None = None
    """ Largest quota that can be set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.type_ is not None:
            field_dict["type"] = self.type_
        if self.quota is not None:
            field_dict["quota"] = self.quota
        if self.used is not None:
            field_dict["used"] = self.used
        if self.min_ is not None:
            field_dict["min"] = self.min_
        if self.max_ is not None:
            field_dict["max"] = self.max_
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        quota = d.pop("quota", None)
        used = d.pop("used", None)
        min_ = d.pop("min", None)
        max_ = d.pop("max", None)
        model = cls(
            type_=type_,
            quota=quota,
            used=used,
            min_=min_,
            max_=max_,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
