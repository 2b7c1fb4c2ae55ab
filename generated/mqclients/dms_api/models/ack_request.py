from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ack_entry import AckEntry


T = TypeVar("T", bound="AckRequest")


@_attrs_define
class AckRequest:
    """Acknowledgements, in the order the messages were consumed."""

    message: list[AckEntry]
    """ The acknowledgements. The field is named `message` (singular) although it holds a list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = []
        for message_item_data in self.message:
            message_item = message_item_data.to_dict()
            message.append(message_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ack_entry import AckEntry  # noqa: PLC0415

        d = dict(src_dict)
        message = []
        _message = d.pop("message")
        for message_item_data in _message:
            message_item = AckEntry.from_dict(message_item_data)

            message.append(message_item)

        ack_request = cls(
            message=message,
        )

        ack_request.additional_properties = d
        return ack_request

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
