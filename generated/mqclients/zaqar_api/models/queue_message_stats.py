"""QueueMessageStats: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.queue_stats_message import QueueStatsMessage


@_attrs_define(repr=False)
class QueueMessageStats(ModelWithExtras):
    """Message counts of a queue."""

    claimed: int
    """ Messages currently claimed. """
    free: int
    """ Messages not claimed. """
    total: int
    """ All messages. """
    oldest: QueueStatsMessage | None = None
    """ The oldest or newest message of a queue, as queue statistics describe it. """
    newest: QueueStatsMessage | None = None
    """ The oldest or newest message of a queue, as queue statistics describe it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["claimed"] = self.claimed
        field_dict["free"] = self.free
        field_dict["total"] = self.total
        if self.oldest is not None:
            field_dict["oldest"] = self.oldest.to_dict()
        if self.newest is not None:
            field_dict["newest"] = self.newest.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.queue_stats_message import QueueStatsMessage  # noqa: PLC0415

        d = dict(src_dict)
        claimed = d.pop("claimed")
        free = d.pop("free")
        total = d.pop("total")
        _oldest = d.pop("oldest", None)
        oldest: QueueStatsMessage | None = None if _oldest is None else QueueStatsMessage.from_dict(_oldest)
        _newest = d.pop("newest", None)
        newest: QueueStatsMessage | None = None if _newest is None else QueueStatsMessage.from_dict(_newest)
        model = cls(
            claimed=claimed,
            free=free,
            total=total,
            oldest=oldest,
            newest=newest,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
