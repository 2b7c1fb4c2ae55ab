from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.queue_stats_message import QueueStatsMessage


T = TypeVar("T", bound="QueueMessageStats")


@_attrs_define
class QueueMessageStats:
    """Message counts of a queue."""

    claimed: int
    """ Messages currently claimed. """
    free: int
    """ Messages not claimed. """
    total: int
    """ All messages. """
    oldest: QueueStatsMessage | Unset = UNSET
    """ The oldest or newest message of a queue, as queue statistics describe it. """
    newest: QueueStatsMessage | Unset = UNSET
    """ The oldest or newest message of a queue, as queue statistics describe it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        claimed = self.claimed

        free = self.free

        total = self.total

        oldest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oldest, Unset):
            oldest = self.oldest.to_dict()

        newest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.newest, Unset):
            newest = self.newest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claimed": claimed,
                "free": free,
                "total": total,
            }
        )
        if oldest is not UNSET:
            field_dict["oldest"] = oldest
        if newest is not UNSET:
            field_dict["newest"] = newest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_stats_message import QueueStatsMessage  # noqa: PLC0415

        d = dict(src_dict)
        claimed = d.pop("claimed")

        free = d.pop("free")

        total = d.pop("total")

        _oldest = d.pop("oldest", UNSET)
        oldest: QueueStatsMessage | Unset
        if isinstance(_oldest, Unset):
            oldest = UNSET
        else:
            oldest = QueueStatsMessage.from_dict(_oldest)

        _newest = d.pop("newest", UNSET)
        newest: QueueStatsMessage | Unset
        if isinstance(_newest, Unset):
            newest = UNSET
        else:
            newest = QueueStatsMessage.from_dict(_newest)

        queue_message_stats = cls(
            claimed=claimed,
            free=free,
            total=total,
            oldest=oldest,
            newest=newest,
        )

        queue_message_stats.additional_properties = d
        return queue_message_stats

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
