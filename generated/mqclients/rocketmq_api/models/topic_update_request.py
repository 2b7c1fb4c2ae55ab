from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.topic_update_request_permission import TopicUpdateRequestPermission, check_topic_update_request_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="TopicUpdateRequest")


@_attrs_define
class TopicUpdateRequest:
    """A topic's new settings (request body of 002 §5.3.5)."""

    read_queue_num: int | Unset = UNSET
    """ Total number of read queues. """
    write_queue_num: int | Unset = UNSET
    """ Total number of write queues. """
    permission: TopicUpdateRequestPermission | Unset = UNSET
    """ Permission, `pub` (publish), `sub` (subscribe) or `all` (both); the values are those 002 §5.3.1 lists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        read_queue_num = self.read_queue_num

        write_queue_num = self.write_queue_num

        permission: str | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_queue_num is not UNSET:
            field_dict["read_queue_num"] = read_queue_num
        if write_queue_num is not UNSET:
            field_dict["write_queue_num"] = write_queue_num
        if permission is not UNSET:
            field_dict["permission"] = permission

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        read_queue_num = d.pop("read_queue_num", UNSET)

        write_queue_num = d.pop("write_queue_num", UNSET)

        _permission = d.pop("permission", UNSET)
        permission: TopicUpdateRequestPermission | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = check_topic_update_request_permission(_permission)

        topic_update_request = cls(
            read_queue_num=read_queue_num,
            write_queue_num=write_queue_num,
            permission=permission,
        )

        topic_update_request.additional_properties = d
        return topic_update_request

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
