from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.pre_signed_url_request_paths_item import (
    PreSignedUrlRequestPathsItem,
    check_pre_signed_url_request_paths_item,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreSignedUrlRequest")


@_attrs_define
class PreSignedUrlRequest:
    """What a pre-signed URL grants. Unknown keys are 400."""

    paths: list[PreSignedUrlRequestPathsItem] | Unset = UNSET
    """ Resources of the queue to grant, relative to it (default `messages`). """
    methods: list[str] | Unset = UNSET
    """ HTTP methods to grant (default `GET`); the server does not check the names. """
    expires: str | Unset = UNSET
    """ Expiry, an ISO 8601 date-time in the future such as `2030-01-01T00:00:00` (default one day from now). A bare
    number is 400. """

    def to_dict(self) -> dict[str, Any]:
        paths: list[str] | Unset = UNSET
        if not isinstance(self.paths, Unset):
            paths = []
            for paths_item_data in self.paths:
                paths_item: str = paths_item_data
                paths.append(paths_item)

        methods: list[str] | Unset = UNSET
        if not isinstance(self.methods, Unset):
            methods = self.methods

        expires = self.expires

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if paths is not UNSET:
            field_dict["paths"] = paths
        if methods is not UNSET:
            field_dict["methods"] = methods
        if expires is not UNSET:
            field_dict["expires"] = expires

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _paths = d.pop("paths", UNSET)
        paths: list[PreSignedUrlRequestPathsItem] | Unset = UNSET
        if _paths is not UNSET:
            paths = []
            for paths_item_data in _paths:
                paths_item = check_pre_signed_url_request_paths_item(paths_item_data)

                paths.append(paths_item)

        methods = cast(list[str], d.pop("methods", UNSET))

        expires = d.pop("expires", UNSET)

        pre_signed_url_request = cls(
            paths=paths,
            methods=methods,
            expires=expires,
        )

        return pre_signed_url_request

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
