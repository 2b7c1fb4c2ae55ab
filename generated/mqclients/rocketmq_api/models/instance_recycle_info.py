from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceRecycleInfo")


@_attrs_define
class InstanceRecycleInfo:
    """SDK model InstanceRecycleInfo (huaweicloudsdkrocketmq 3.1.219)."""

    instance_id: str | Unset = UNSET
    """ Instance ID. """
    status: str | Unset = UNSET
    """ Instance status. """
    name: str | Unset = UNSET
    """ Instance name. """
    engine: str | Unset = UNSET
    """ Message engine: rocketmq, or its alias reliability. """
    in_recycle_time: int | Unset = UNSET
    """ When the instance entered the recycle bin. """
    save_time: int | Unset = UNSET
    """ Days it is kept, 1 to 7. """
    auto_delete_time: int | Unset = UNSET
    """ When it will be deleted for good. """
    cost_per_hour: float | Unset = UNSET
    """ Hourly fee. """
    error_message: str | Unset = UNSET
    """ Error message. """
    product_id: str | Unset = UNSET
    """ Product (flavour) ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_id = self.instance_id

        status = self.status

        name = self.name

        engine = self.engine

        in_recycle_time = self.in_recycle_time

        save_time = self.save_time

        auto_delete_time = self.auto_delete_time

        cost_per_hour = self.cost_per_hour

        error_message = self.error_message

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_id is not UNSET:
            field_dict["instance_id"] = instance_id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if engine is not UNSET:
            field_dict["engine"] = engine
        if in_recycle_time is not UNSET:
            field_dict["in_recycle_time"] = in_recycle_time
        if save_time is not UNSET:
            field_dict["save_time"] = save_time
        if auto_delete_time is not UNSET:
            field_dict["auto_delete_time"] = auto_delete_time
        if cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = cost_per_hour
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instance_id = d.pop("instance_id", UNSET)

        status = d.pop("status", UNSET)

        name = d.pop("name", UNSET)

        engine = d.pop("engine", UNSET)

        in_recycle_time = d.pop("in_recycle_time", UNSET)

        save_time = d.pop("save_time", UNSET)

        auto_delete_time = d.pop("auto_delete_time", UNSET)

        cost_per_hour = d.pop("cost_per_hour", UNSET)

        error_message = d.pop("error_message", UNSET)

        product_id = d.pop("product_id", UNSET)

        instance_recycle_info = cls(
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

        instance_recycle_info.additional_properties = d
        return instance_recycle_info

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
