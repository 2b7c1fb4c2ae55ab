"""TopicUpdateRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.topic_update_request_permission import TopicUpdateRequestPermission, check_topic_update_request_permission


@_attrs_define(repr=False)
class TopicUpdateRequest(ModelWithExtras):
    """A topic's new settings (request body of 002 §5.3.5)."""

    read_queue_num: int | None = None
    """ Total number of read queues. """
    write_queue_num: int | None = None
    """ Total number of write queues. """
    permission: TopicUpdateRequestPermission | None = None
    """ Permission, `pub` (publish), `sub` (subscribe) or `all` (both); the values are those 002 §5.3.1 lists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.read_queue_num is not None:
            field_dict["read_queue_num"] = self.read_queue_num
        if self.write_queue_num is not None:
            field_dict["write_queue_num"] = self.write_queue_num
        if self.permission is not None:
            field_dict["permission"] = self.permission
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        read_queue_num = d.pop("read_queue_num", None)
        write_queue_num = d.pop("write_queue_num", None)
        _permission = d.pop("permission", None)
        permission: TopicUpdateRequestPermission | None = (
            None if _permission is None else check_topic_update_request_permission(_permission)
        )
        model = cls(
            read_queue_num=read_queue_num,
            write_queue_num=write_queue_num,
            permission=permission,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
