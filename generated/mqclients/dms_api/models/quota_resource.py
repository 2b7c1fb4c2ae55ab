from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuotaResource")


@_attrs_define
class QuotaResource:
    """The quota of one resource type. Every field may be missing."""

    type_: str | Unset = UNSET
    """ Resource type; values seen are `queue`, `group`, `rabbitmqInstance`, `kafkaInstance`, `rocketmqInstance` and
    `tags`. """
    quota: int | Unset = UNSET
    """ Current quota. """
    used: int | Unset = UNSET
    """ Amount in use. """
    min_: int | Unset = UNSET
    """ Smallest quota that can be set. """
    max_: int | Unset = UNSET
    """ Largest quota that can be set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        quota = self.quota

        used = self.used

        min_ = self.min_

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if quota is not UNSET:
            field_dict["quota"] = quota
        if used is not UNSET:
            field_dict["used"] = used
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        quota = d.pop("quota", UNSET)

        used = d.pop("used", UNSET)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        quota_resource = cls(
            type_=type_,
            quota=quota,
            used=used,
            min_=min_,
            max_=max_,
        )

        quota_resource.additional_properties = d
        return quota_resource

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
