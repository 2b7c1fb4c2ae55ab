"""ConsumeValidationRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class ConsumeValidationRequest(ModelWithExtras):
    """The messages to push again to one consumer client (doc table 5-100; SDK ResendReq)."""

    group: str
    """ Consumer group (Group ID). """
    client_id: str
    """ Id of the online consumer client to send the messages to. """
    topic: str | None = None
    """ Topic the messages belong to. """
    msg_id_list: list[str] | None = None
    """ Ids of the messages to send. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["group"] = self.group
        field_dict["client_id"] = self.client_id
        if self.topic is not None:
            field_dict["topic"] = self.topic
        if self.msg_id_list is not None:
            field_dict["msg_id_list"] = self.msg_id_list
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        group = d.pop("group")
        client_id = d.pop("client_id")
        topic = d.pop("topic", None)
        msg_id_list = d.pop("msg_id_list", None)
        model = cls(
            group=group,
            client_id=client_id,
            topic=topic,
            msg_id_list=msg_id_list,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
