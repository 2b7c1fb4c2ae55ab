"""InstanceBatchDeleteRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.instance_batch_delete_request_action import (
    InstanceBatchDeleteRequestAction,
    check_instance_batch_delete_request_action,
)
from ..models.instance_batch_delete_request_all_failure import (
    InstanceBatchDeleteRequestAllFailure,
    check_instance_batch_delete_request_all_failure,
)


@_attrs_define(repr=False)
class InstanceBatchDeleteRequest(ModelWithExtras):
    """Instances to delete (doc BatchDeleteInstanceReq, §5.1.6 table 5-17)."""

    action: InstanceBatchDeleteRequestAction = "delete"
    """ The operation; `delete`. """
    instances: list[str] | None = None
    """ Ids of the instances to delete. """
    all_failure: InstanceBatchDeleteRequestAllFailure | None = None
    """ `reliability`: delete every RocketMQ instance of the tenant whose creation failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["action"] = self.action
        if self.instances is not None:
            field_dict["instances"] = self.instances
        if self.all_failure is not None:
            field_dict["all_failure"] = self.all_failure
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("action")
        action: InstanceBatchDeleteRequestAction = check_instance_batch_delete_request_action(_action)
        instances = d.pop("instances", None)
        _all_failure = d.pop("all_failure", None)
        all_failure: InstanceBatchDeleteRequestAllFailure | None = (
            None if _all_failure is None else check_instance_batch_delete_request_all_failure(_all_failure)
        )
        model = cls(
            action=action,
            instances=instances,
            all_failure=all_failure,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
