"""PreSignedUrl: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class PreSignedUrl(ModelWithExtras):
    """A signed grant; send its fields back as `URL-*` headers to use it."""

    paths: list[str]
    """ Absolute paths granted, sorted. """
    methods: list[str]
    """ HTTP methods granted, sorted. """
    project: str
    """ Project the grant belongs to. """
    expires: str
    """ Expiry (UTC, `YYYY-MM-DDTHH:MM:SS`). """
    signature: str
    """ Hex HMAC-SHA256 signature of the grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["paths"] = self.paths
        field_dict["methods"] = self.methods
        field_dict["project"] = self.project
        field_dict["expires"] = self.expires
        field_dict["signature"] = self.signature
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        paths = d.pop("paths")
        methods = d.pop("methods")
        project = d.pop("project")
        expires = d.pop("expires")
        signature = d.pop("signature")
        model = cls(
            paths=paths,
            methods=methods,
            project=project,
            expires=expires,
            signature=signature,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
