"""ShowRocketMqScalePreCheckInfoResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ShowRocketMqScalePreCheckInfoResponse(ModelWithExtras):
    """SDK model ShowRocketMqScalePreCheckInfoResponse (huaweicloudsdkrocketmq 3.1.219)."""

    name: str | None = None
    """ Check item (e.g. CPU). """
    success: bool | None = None
    """ true: the item is fine; false: it is not. """
    reason: str | None = None
    """ Why the check failed (empty when it passed). """
    risk: str | None = None
    """ Risk level: low, medium or high. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        if self.success is not None:
            field_dict["success"] = self.success
        if self.reason is not None:
            field_dict["reason"] = self.reason
        if self.risk is not None:
            field_dict["risk"] = self.risk
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        name = d.pop("name", None)
        success = d.pop("success", None)
        reason = d.pop("reason", None)
        risk = d.pop("risk", None)
        model = cls(
            name=name,
            success=success,
            reason=reason,
            risk=risk,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
