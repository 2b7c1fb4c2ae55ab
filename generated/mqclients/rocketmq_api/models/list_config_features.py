from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListConfigFeatures")


@_attrs_define
class ListConfigFeatures:
    """SDK model ListConfigFeatures (huaweicloudsdkrocketmq 3.1.219)."""

    feature_id: str | Unset = UNSET
    """ Feature id. """
    status: bool | int | Unset = UNSET
    """ Whether the feature is on: the RabbitMQ page types it Boolean (example true) and describes 0/1, the SDK has
    int; both are accepted. """
    description: str | Unset = UNSET
    """ What the feature is. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        status: bool | int | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["featureId"] = feature_id
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("featureId", UNSET)

        def _parse_status(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        description = d.pop("description", UNSET)

        list_config_features = cls(
            feature_id=feature_id,
            status=status,
            description=description,
        )

        list_config_features.additional_properties = d
        return list_config_features

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
