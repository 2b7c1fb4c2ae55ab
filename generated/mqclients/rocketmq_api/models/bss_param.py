from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BssParam")


@_attrs_define
class BssParam:
    """SDK model BssParam (huaweicloudsdkrocketmq 3.1.219)."""

    is_auto_renew: bool | Unset = UNSET
    """ Renew automatically at the end of the period (not renewed when left out). """
    charging_mode: str | Unset = UNSET
    """ Billing mode: `prePaid` (yearly/monthly) or `postPaid` (pay-per-use, what the server assumes when left out).
    """
    is_auto_pay: bool | Unset = UNSET
    """ Pay the order from the account automatically (true) or leave it for the customer to pay (false, what the
    server assumes when left out). """
    period_type: str | Unset = UNSET
    """ Subscription period unit: `month` or `year`. Required (and read) only when charging_mode is prePaid. """
    period_num: int | Unset = UNSET
    """ Number of periods, 1 to 9 months or 1 to 3 years. Required (and read) only when charging_mode is prePaid.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_auto_renew = self.is_auto_renew

        charging_mode = self.charging_mode

        is_auto_pay = self.is_auto_pay

        period_type = self.period_type

        period_num = self.period_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_auto_renew is not UNSET:
            field_dict["is_auto_renew"] = is_auto_renew
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay
        if period_type is not UNSET:
            field_dict["period_type"] = period_type
        if period_num is not UNSET:
            field_dict["period_num"] = period_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_auto_renew = d.pop("is_auto_renew", UNSET)

        charging_mode = d.pop("charging_mode", UNSET)

        is_auto_pay = d.pop("is_auto_pay", UNSET)

        period_type = d.pop("period_type", UNSET)

        period_num = d.pop("period_num", UNSET)

        bss_param = cls(
            is_auto_renew=is_auto_renew,
            charging_mode=charging_mode,
            is_auto_pay=is_auto_pay,
            period_type=period_type,
            period_num=period_num,
        )

        bss_param.additional_properties = d
        return bss_param

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
