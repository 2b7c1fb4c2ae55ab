"""ModifyInstanceSslConfigResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ModifyInstanceSslConfigResponse(ModelWithExtras):
    """SDK model ModifyInstanceSslConfigResponse (huaweicloudsdkrocketmq 3.1.219)."""

    job_id: str | None = None
    """ ID of the task that applies the change. """
    tls_mode: str | None = None
    """ The access mode requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.job_id is not None:
            field_dict["job_id"] = self.job_id
        if self.tls_mode is not None:
            field_dict["tls_mode"] = self.tls_mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        job_id = d.pop("job_id", None)
        tls_mode = d.pop("tls_mode", None)
        model = cls(
            job_id=job_id,
            tls_mode=tls_mode,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
