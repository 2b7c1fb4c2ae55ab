from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_id import MessageId


T = TypeVar("T", bound="BatchPublishMessageResponse")


@_attrs_define
class BatchPublishMessageResponse:
    """BatchPublishMessage's answer."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    msg_list: list[MessageId] | Unset = UNSET
    """ The ids of the published messages, in the order sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        msg_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.msg_list, Unset):
            msg_list = []
            for msg_list_item_data in self.msg_list:
                msg_list_item = msg_list_item_data.to_dict()
                msg_list.append(msg_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "requestId": request_id,
            }
        )
        if msg_list is not UNSET:
            field_dict["msgList"] = msg_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_id import MessageId  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        _msg_list = d.pop("msgList", UNSET)
        msg_list: list[MessageId] | Unset = UNSET
        if _msg_list is not UNSET:
            msg_list = []
            for msg_list_item_data in _msg_list:
                msg_list_item = MessageId.from_dict(msg_list_item_data)

                msg_list.append(msg_list_item)

        batch_publish_message_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            msg_list=msg_list,
        )

        batch_publish_message_response.additional_properties = d
        return batch_publish_message_response

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
