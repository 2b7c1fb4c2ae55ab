"""RocketMQAccessPolicyList: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.rocket_mq_access_policy import RocketMQAccessPolicy


@_attrs_define(repr=False)
class RocketMQAccessPolicyList(ModelWithExtras):
    """One page of the users authorized on a topic or consumer group (doc tables 5-131/5-135)."""

    policies: list[RocketMQAccessPolicy] | None = None
    """ The authorized users of this page. """
    total: int | None = None
    """ Total number of authorized users (doc type Number). """
    name: str | None = None
    """ Name of the topic or consumer group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.policies is not None:
            field_dict["policies"] = [item0.to_dict() for item0 in self.policies]
        if self.total is not None:
            field_dict["total"] = self.total
        if self.name is not None:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_access_policy import RocketMQAccessPolicy  # noqa: PLC0415

        d = dict(src_dict)
        _policies = d.pop("policies", None)
        policies: list[RocketMQAccessPolicy] | None = (
            None if _policies is None else [RocketMQAccessPolicy.from_dict(item0) for item0 in _policies]
        )
        total = d.pop("total", None)
        name = d.pop("name", None)
        model = cls(
            policies=policies,
            total=total,
            name=name,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
