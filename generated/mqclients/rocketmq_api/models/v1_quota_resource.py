"""V1QuotaResource: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class V1QuotaResource(ModelWithExtras):
    """The quota of one resource type (doc table QuotaResourceEntity, 002 table 8-18)."""

    type_: str | None = None
    """ Resource type: `rabbitmqInstance`, `kafkaInstance`, `rocketmqInstance` (instance quotas of each engine) or
    `tags` (tags per instance). """
    quota: int | None = None
    """ Maximum number of instances the tenant may create, or of tags per instance. """
    used: int | None = None
    """ Number of instances already created (absent on the `tags` entry). """
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        type_ = d.pop("type", None)
        quota = d.pop("quota", None)
        used = d.pop("used", None)
        model = cls(
            type_=type_,
            quota=quota,
            used=used,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
