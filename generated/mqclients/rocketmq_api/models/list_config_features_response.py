from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_config_features import ListConfigFeatures


T = TypeVar("T", bound="ListConfigFeaturesResponse")


@_attrs_define
class ListConfigFeaturesResponse:
    """SDK model ListConfigFeaturesResponse (huaweicloudsdkrocketmq 3.1.219)."""

    features: list[ListConfigFeatures] | Unset = UNSET
    """ The feature switches. """
    total_record: int | Unset = UNSET
    """ Total record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        total_record = self.total_record

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if features is not UNSET:
            field_dict["features"] = features
        if total_record is not UNSET:
            field_dict["totalRecord"] = total_record

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_config_features import ListConfigFeatures  # noqa: PLC0415

        d = dict(src_dict)
        _features = d.pop("features", UNSET)
        features: list[ListConfigFeatures] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = ListConfigFeatures.from_dict(features_item_data)

                features.append(features_item)

        total_record = d.pop("totalRecord", UNSET)

        list_config_features_response = cls(
            features=features,
            total_record=total_record,
        )

        list_config_features_response.additional_properties = d
        return list_config_features_response

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
