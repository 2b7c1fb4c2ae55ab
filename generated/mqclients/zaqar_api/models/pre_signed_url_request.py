"""PreSignedUrlRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model

from ..models.pre_signed_url_request_paths_item import (
    PreSignedUrlRequestPathsItem,
    check_pre_signed_url_request_paths_item,
)


@_attrs_define(repr=False)
class PreSignedUrlRequest(Model):
    """What a pre-signed URL grants. Unknown keys are 400."""

    paths: list[PreSignedUrlRequestPathsItem] | None = None
    """ Resources of the queue to grant, relative to it (default `messages`). """
    methods: list[str] | None = None
    """ HTTP methods to grant (default `GET`); the server does not check the names. """
    expires: str | None = None
    """ Expiry, an ISO 8601 date-time in the future such as `2030-01-01T00:00:00` (default one day from now). A bare
    number is 400. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        if self.paths is not None:
            field_dict["paths"] = [item0 for item0 in self.paths]
        if self.methods is not None:
            field_dict["methods"] = self.methods
        if self.expires is not None:
            field_dict["expires"] = self.expires
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _paths = d.pop("paths", None)
        paths: list[PreSignedUrlRequestPathsItem] | None = (
            None if _paths is None else [check_pre_signed_url_request_paths_item(item0) for item0 in _paths]
        )
        methods = d.pop("methods", None)
        expires = d.pop("expires", None)
        model = cls(
            paths=paths,
            methods=methods,
            expires=expires,
        )
        return model
