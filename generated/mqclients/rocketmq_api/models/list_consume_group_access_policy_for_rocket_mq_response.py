from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_access_policy_resp_policies import ListAccessPolicyRespPolicies


T = TypeVar("T", bound="ListConsumeGroupAccessPolicyForRocketMqResponse")


@_attrs_define
class ListConsumeGroupAccessPolicyForRocketMqResponse:
    """SDK model ListConsumeGroupAccessPolicyForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    policies: list[ListAccessPolicyRespPolicies] | Unset = UNSET
    """ The authorized users of this page. """
    total: float | Unset = UNSET
    """ Total number of authorized users (doc type Number). """
    name: str | Unset = UNSET
    """ Name of the topic or consumer group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = []
            for policies_item_data in self.policies:
                policies_item = policies_item_data.to_dict()
                policies.append(policies_item)

        total = self.total

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policies is not UNSET:
            field_dict["policies"] = policies
        if total is not UNSET:
            field_dict["total"] = total
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_access_policy_resp_policies import ListAccessPolicyRespPolicies  # noqa: PLC0415

        d = dict(src_dict)
        _policies = d.pop("policies", UNSET)
        policies: list[ListAccessPolicyRespPolicies] | Unset = UNSET
        if _policies is not UNSET:
            policies = []
            for policies_item_data in _policies:
                policies_item = ListAccessPolicyRespPolicies.from_dict(policies_item_data)

                policies.append(policies_item)

        total = d.pop("total", UNSET)

        name = d.pop("name", UNSET)

        list_consume_group_access_policy_for_rocket_mq_response = cls(
            policies=policies,
            total=total,
            name=name,
        )

        list_consume_group_access_policy_for_rocket_mq_response.additional_properties = d
        return list_consume_group_access_policy_for_rocket_mq_response

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
