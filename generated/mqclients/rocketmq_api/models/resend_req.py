from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResendReq")


@_attrs_define
class ResendReq:
    """SDK model ResendReq (huaweicloudsdkrocketmq 3.1.219)."""

    group: str
    """ Consumer group (Group ID) that consumes the messages again; mandatory on the current page. """
    client_id: str
    """ ID of the consumer client that receives them; mandatory on the current page. """
    topic: str | Unset = UNSET
    """ Topic the messages belong to. """
    msg_id_list: list[str] | Unset = UNSET
    """ IDs of the messages to deliver again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        client_id = self.client_id

        topic = self.topic

        msg_id_list: list[str] | Unset = UNSET
        if not isinstance(self.msg_id_list, Unset):
            msg_id_list = self.msg_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "client_id": client_id,
            }
        )
        if topic is not UNSET:
            field_dict["topic"] = topic
        if msg_id_list is not UNSET:
            field_dict["msg_id_list"] = msg_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        client_id = d.pop("client_id")

        topic = d.pop("topic", UNSET)

        msg_id_list = cast(list[str], d.pop("msg_id_list", UNSET))

        resend_req = cls(
            group=group,
            client_id=client_id,
            topic=topic,
            msg_id_list=msg_id_list,
        )

        resend_req.additional_properties = d
        return resend_req

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
