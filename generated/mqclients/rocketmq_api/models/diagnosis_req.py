from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiagnosisReq")


@_attrs_define
class DiagnosisReq:
    """SDK model DiagnosisReq (huaweicloudsdkrocketmq 3.1.219)."""

    group_name: str
    """ Consumer group to diagnose; mandatory. """
    node_id_list: list[str] | Unset = UNSET
    """ Nodes to diagnose (an empty list in the page's example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_name = self.group_name

        node_id_list: list[str] | Unset = UNSET
        if not isinstance(self.node_id_list, Unset):
            node_id_list = self.node_id_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_name": group_name,
            }
        )
        if node_id_list is not UNSET:
            field_dict["node_id_list"] = node_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_name = d.pop("group_name")

        node_id_list = cast(list[str], d.pop("node_id_list", UNSET))

        diagnosis_req = cls(
            group_name=group_name,
            node_id_list=node_id_list,
        )

        diagnosis_req.additional_properties = d
        return diagnosis_req

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
