"""ListMessagesForRocketMqResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.message import Message


@_attrs_define(repr=False)
class ListMessagesForRocketMqResponse(ModelWithExtras):
    """SDK model ListMessagesForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    messages: list[Message] | None = None
    """ The messages of this page. """
    total: float | None = None
    """ Number of messages matching the search (doc type Number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.messages is not None:
            field_dict["messages"] = [item0.to_dict() for item0 in self.messages]
        if self.total is not None:
            field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages", None)
        messages: list[Message] | None = (
            None if _messages is None else [Message.from_dict(item0) for item0 in _messages]
        )
        total = d.pop("total", None)
        model = cls(
            messages=messages,
            total=total,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
