from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchDeleteMessageRequest")


@_attrs_define
class BatchDeleteMessageRequest:
    """BatchDeleteMessage's parameters."""

    queue_name: str
    """ Name of the queue. """
    receipt_handle: list[str]
    """ The handles, 1 to 16. Sent as `receiptHandle.0`, `receiptHandle.1`, ... """
    action: Literal["BatchDeleteMessage"] = "BatchDeleteMessage"
    """ The action; fixed, the client fills it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        queue_name = self.queue_name

        receipt_handle = self.receipt_handle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "queueName": queue_name,
                "receiptHandle": receipt_handle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["BatchDeleteMessage"], d.pop("Action"))
        if action != "BatchDeleteMessage":
            raise ValueError(f"Action must match const 'BatchDeleteMessage', got '{action}'")

        queue_name = d.pop("queueName")

        receipt_handle = cast(list[str], d.pop("receiptHandle"))

        batch_delete_message_request = cls(
            action=action,
            queue_name=queue_name,
            receipt_handle=receipt_handle,
        )

        batch_delete_message_request.additional_properties = d
        return batch_delete_message_request

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
