from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.migration_rocket_mq_subscription_group import MigrationRocketMQSubscriptionGroup


T = TypeVar("T", bound="MigrationTaskCreateRequestSubscriptionGroupTable")


@_attrs_define
class MigrationTaskCreateRequestSubscriptionGroupTable:
    """RocketMQ consumer groups keyed by group name; required for `type=rocketmq`."""

    additional_properties: dict[str, MigrationRocketMQSubscriptionGroup] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migration_rocket_mq_subscription_group import MigrationRocketMQSubscriptionGroup  # noqa: PLC0415

        d = dict(src_dict)
        migration_task_create_request_subscription_group_table = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = MigrationRocketMQSubscriptionGroup.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        migration_task_create_request_subscription_group_table.additional_properties = additional_properties
        return migration_task_create_request_subscription_group_table

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> MigrationRocketMQSubscriptionGroup:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: MigrationRocketMQSubscriptionGroup) -> None:
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
