from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.version_status import VersionStatus, check_version_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link import Link
    from ..models.media_type import MediaType


T = TypeVar("T", bound="Version")


@_attrs_define
class Version:
    """One major version of the API."""

    id: str
    """ Major version number. """
    status: VersionStatus
    """ Support status of the version. """
    links: list[Link]
    """ Links to the version root (`rel` self). """
    updated: str | Unset = UNSET
    """ When the version last changed (as the server writes it, for example "2014-9-24T04:06:47Z"). """
    media_types: list[MediaType] | Unset = UNSET
    """ Media types the version serves. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str = self.status

        links = []
        for links_item_data in self.links:
            links_item = links_item_data.to_dict()
            links.append(links_item)

        updated = self.updated

        media_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media_types, Unset):
            media_types = []
            for media_types_item_data in self.media_types:
                media_types_item = media_types_item_data.to_dict()
                media_types.append(media_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "links": links,
            }
        )
        if updated is not UNSET:
            field_dict["updated"] = updated
        if media_types is not UNSET:
            field_dict["media-types"] = media_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link import Link  # noqa: PLC0415
        from ..models.media_type import MediaType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = check_version_status(d.pop("status"))

        links = []
        _links = d.pop("links")
        for links_item_data in _links:
            links_item = Link.from_dict(links_item_data)

            links.append(links_item)

        updated = d.pop("updated", UNSET)

        _media_types = d.pop("media-types", UNSET)
        media_types: list[MediaType] | Unset = UNSET
        if _media_types is not UNSET:
            media_types = []
            for media_types_item_data in _media_types:
                media_types_item = MediaType.from_dict(media_types_item_data)

                media_types.append(media_types_item)

        version = cls(
            id=id,
            status=status,
            links=links,
            updated=updated,
            media_types=media_types,
        )

        version.additional_properties = d
        return version

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
