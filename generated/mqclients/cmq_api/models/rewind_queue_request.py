from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RewindQueueRequest")


@_attrs_define
class RewindQueueRequest:
    """RewindQueue's parameters."""

    queue_name: str
    """ Name of the queue. """
    start_consume_time: int
    """ Unix time in seconds; receives then start with the messages produced after it. It must lie inside
    the queue's rewind window. (The Python SDK calls its argument `backTrackingTime`.)
     """
    action: Literal["RewindQueue"] = "RewindQueue"
    """ The action; fixed, the client fills it in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        queue_name = self.queue_name

        start_consume_time = self.start_consume_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "queueName": queue_name,
                "startConsumeTime": start_consume_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = cast(Literal["RewindQueue"], d.pop("Action"))
        if action != "RewindQueue":
            raise ValueError(f"Action must match const 'RewindQueue', got '{action}'")

        queue_name = d.pop("queueName")

        start_consume_time = d.pop("startConsumeTime")

        rewind_queue_request = cls(
            action=action,
            queue_name=queue_name,
            start_consume_time=start_consume_time,
        )

        rewind_queue_request.additional_properties = d
        return rewind_queue_request

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
