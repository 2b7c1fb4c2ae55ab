"""InstanceRecycleInfo: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class InstanceRecycleInfo(ModelWithExtras):
    """SDK model InstanceRecycleInfo (huaweicloudsdkrocketmq 3.1.219)."""

    instance_id: str | None = None
    """ Instance ID. """
    status: str | None = None
    """ Instance status. """
    name: str | None = None
    """ Instance name. """
    engine: str | None = None
    """ Message engine: rocketmq, or its alias reliability. """
    in_recycle_time: int | None = None
    """ When the instance entered the recycle bin. """
    save_time: int | None = None
    """ Days it is kept, 1 to 7. """
    auto_delete_time: int | None = None
    """ When it will be deleted for good. """
    cost_per_hour: float | None = None
    """ Hourly fee. """
    error_message: str | None = None
    """ Error message. """
    product_id: str | None = None
    """ Product (flavour) ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.instance_id is not None:
            field_dict["instance_id"] = self.instance_id
        if self.status is not None:
            field_dict["status"] = self.status
        if self.name is not None:
            field_dict["name"] = self.name
        if self.engine is not None:
            field_dict["engine"] = self.engine
        if self.in_recycle_time is not None:
            field_dict["in_recycle_time"] = self.in_recycle_time
        if self.save_time is not None:
            field_dict["save_time"] = self.save_time
        if self.auto_delete_time is not None:
            field_dict["auto_delete_time"] = self.auto_delete_time
        if self.cost_per_hour is not None:
            field_dict["cost_per_hour"] = self.cost_per_hour
        if self.error_message is not None:
            field_dict["error_message"] = self.error_message
        if self.product_id is not None:
            field_dict["product_id"] = self.product_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        instance_id = d.pop("instance_id", None)
        status = d.pop("status", None)
        name = d.pop("name", None)
        engine = d.pop("engine", None)
        in_recycle_time = d.pop("in_recycle_time", None)
        save_time = d.pop("save_time", None)
        auto_delete_time = d.pop("auto_delete_time", None)
        cost_per_hour = d.pop("cost_per_hour", None)
        error_message = d.pop("error_message", None)
        product_id = d.pop("product_id", None)
        model = cls(
            instance_id=instance_id,
            status=status,
            name=name,
            engine=engine,
            in_recycle_time=in_recycle_time,
            save_time=save_time,
            auto_delete_time=auto_delete_time,
            cost_per_hour=cost_per_hour,
            error_message=error_message,
            product_id=product_id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
