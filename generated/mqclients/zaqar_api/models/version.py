"""Version: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.version_status import VersionStatus, check_version_status

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.media_type import MediaType


@_attrs_define(repr=False)
class Version(ModelWithExtras):
    """One major version of the API."""

    id: str
    """ Major version number. """
    status: VersionStatus
    """ Support status of the version. """
    links: list[Link]
    """ Links to the version root (`rel` self). """
    updated: str | None = None
    """ When the version last changed (as the server writes it, for example "2014-9-24T04:06:47Z"). """
    media_types: list[MediaType] | None = None
    """ Media types the version serves. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["links"] = [item0.to_dict() for item0 in self.links]
        if self.updated is not None:
            field_dict["updated"] = self.updated
        if self.media_types is not None:
            field_dict["media-types"] = [item0.to_dict() for item0 in self.media_types]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.link import Link  # noqa: PLC0415
        from ..models.media_type import MediaType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")
        _status = d.pop("status")
        status: VersionStatus = check_version_status(_status)
        _links = d.pop("links")
        links: list[Link] = [Link.from_dict(item0) for item0 in _links]
        updated = d.pop("updated", None)
        _media_types = d.pop("media-types", None)
        media_types: list[MediaType] | None = (
            None if _media_types is None else [MediaType.from_dict(item0) for item0 in _media_types]
        )
        model = cls(
            id=id,
            status=status,
            links=links,
            updated=updated,
            media_types=media_types,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
