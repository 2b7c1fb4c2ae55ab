from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.instance_batch_delete_request_action import (
    InstanceBatchDeleteRequestAction,
    check_instance_batch_delete_request_action,
)
from ..models.instance_batch_delete_request_all_failure import (
    InstanceBatchDeleteRequestAllFailure,
    check_instance_batch_delete_request_all_failure,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceBatchDeleteRequest")


@_attrs_define
class InstanceBatchDeleteRequest:
    """Instances to delete (doc BatchDeleteInstanceReq, §5.1.6 table 5-17)."""

    action: InstanceBatchDeleteRequestAction = "delete"
    """ The operation; `delete`. """
    instances: list[str] | Unset = UNSET
    """ Ids of the instances to delete. """
    all_failure: InstanceBatchDeleteRequestAllFailure | Unset = UNSET
    """ `reliability`: delete every RocketMQ instance of the tenant whose creation failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        instances: list[str] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = self.instances

        all_failure: str | Unset = UNSET
        if not isinstance(self.all_failure, Unset):
            all_failure = self.all_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if instances is not UNSET:
            field_dict["instances"] = instances
        if all_failure is not UNSET:
            field_dict["all_failure"] = all_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_instance_batch_delete_request_action(d.pop("action"))

        instances = cast(list[str], d.pop("instances", UNSET))

        _all_failure = d.pop("all_failure", UNSET)
        all_failure: InstanceBatchDeleteRequestAllFailure | Unset
        if isinstance(_all_failure, Unset):
            all_failure = UNSET
        else:
            all_failure = check_instance_batch_delete_request_all_failure(_all_failure)

        instance_batch_delete_request = cls(
            action=action,
            instances=instances,
            all_failure=all_failure,
        )

        instance_batch_delete_request.additional_properties = d
        return instance_batch_delete_request

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
