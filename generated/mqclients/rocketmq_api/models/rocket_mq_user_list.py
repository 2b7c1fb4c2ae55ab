"""RocketMQUserList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.rocket_mq_user import RocketMQUser


@_attrs_define(repr=False)
class RocketMQUserList(ModelWithExtras):
    """One page of ACL users (doc table 5-112)."""

    users: list[RocketMQUser] | None = None
    """ The users of this page. """
    total: int | None = None
    """ Total number of users (doc type Number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.users is not None:
            field_dict["users"] = [item0.to_dict() for item0 in self.users]
        if self.total is not None:
            field_dict["total"] = self.total
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_user import RocketMQUser  # noqa: PLC0415

        d = dict(src_dict)
        _users = d.pop("users", None)
        users: list[RocketMQUser] | None = (
            None if _users is None else [RocketMQUser.from_dict(item0) for item0 in _users]
        )
        total = d.pop("total", None)
        model = cls(
            users=users,
            total=total,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
