from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reset_consume_offset_resp_queues import ResetConsumeOffsetRespQueues


T = TypeVar("T", bound="ResetConsumeOffsetForRocketMqResponse")


@_attrs_define
class ResetConsumeOffsetForRocketMqResponse:
    """SDK model ResetConsumeOffsetForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    queues: list[ResetConsumeOffsetRespQueues] | Unset = UNSET
    """ The queues reset, with their new offsets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queues, Unset):
            queues = []
            for queues_item_data in self.queues:
                queues_item = queues_item_data.to_dict()
                queues.append(queues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queues is not UNSET:
            field_dict["queues"] = queues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reset_consume_offset_resp_queues import ResetConsumeOffsetRespQueues  # noqa: PLC0415

        d = dict(src_dict)
        _queues = d.pop("queues", UNSET)
        queues: list[ResetConsumeOffsetRespQueues] | Unset = UNSET
        if _queues is not UNSET:
            queues = []
            for queues_item_data in _queues:
                queues_item = ResetConsumeOffsetRespQueues.from_dict(queues_item_data)

                queues.append(queues_item)

        reset_consume_offset_for_rocket_mq_response = cls(
            queues=queues,
        )

        reset_consume_offset_for_rocket_mq_response.additional_properties = d
        return reset_consume_offset_for_rocket_mq_response

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
