from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_message_properties import SendMessageProperties


T = TypeVar("T", bound="SendMessageReq")


@_attrs_define
class SendMessageReq:
    """A message to produce (API reference: Sending a Message, request body)."""

    topic: str
    """ Topic the message is sent to. """
    body: str
    """ Message content, as text. """
    property_list: list[SendMessageProperties] | Unset = UNSET
    """ Message properties (the page calls them features), each a name and a value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        body = self.body

        property_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.property_list, Unset):
            property_list = []
            for property_list_item_data in self.property_list:
                property_list_item = property_list_item_data.to_dict()
                property_list.append(property_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "body": body,
            }
        )
        if property_list is not UNSET:
            field_dict["property_list"] = property_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_properties import SendMessageProperties  # noqa: PLC0415

        d = dict(src_dict)
        topic = d.pop("topic")

        body = d.pop("body")

        _property_list = d.pop("property_list", UNSET)
        property_list: list[SendMessageProperties] | Unset = UNSET
        if _property_list is not UNSET:
            property_list = []
            for property_list_item_data in _property_list:
                property_list_item = SendMessageProperties.from_dict(property_list_item_data)

                property_list.append(property_list_item)

        send_message_req = cls(
            topic=topic,
            body=body,
            property_list=property_list,
        )

        send_message_req.additional_properties = d
        return send_message_req

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
