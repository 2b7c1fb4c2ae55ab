"""InstanceBssParam: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.instance_bss_param_charging_mode import (
    InstanceBssParamChargingMode,
    check_instance_bss_param_charging_mode,
)
from ..models.instance_bss_param_period_type import InstanceBssParamPeriodType, check_instance_bss_param_period_type


@_attrs_define(repr=False)
class InstanceBssParam(ModelWithExtras):
    """Billing of a yearly/monthly instance (doc BssParam, §5.1.2 table 5-8)."""

    is_auto_renew: bool | None = None
    """ Renew automatically at the end of the period (not renewed when left out). """
    charging_mode: InstanceBssParamChargingMode | None = None
    """ Billing mode: `prePaid` (yearly/monthly) or `postPaid` (pay-per-use, what the server assumes when left out).
    """
    is_auto_pay: bool | None = None
    """ Pay the order from the account automatically (true) or leave it for the customer to pay (false, what the
    server assumes when left out). """
    period_type: InstanceBssParamPeriodType | None = None
    """ Subscription period unit: `month` or `year`. Required (and read) only when charging_mode is prePaid. """
    period_num: int | None = None
    """ Number of periods, 1 to 9 months or 1 to 3 years. Required (and read) only when charging_mode is prePaid.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.is_auto_renew is not None:
            field_dict["is_auto_renew"] = self.is_auto_renew
        if self.charging_mode is not None:
            field_dict["charging_mode"] = self.charging_mode
        if self.is_auto_pay is not None:
            field_dict["is_auto_pay"] = self.is_auto_pay
        if self.period_type is not None:
            field_dict["period_type"] = self.period_type
        if self.period_num is not None:
            field_dict["period_num"] = self.period_num
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        is_auto_renew = d.pop("is_auto_renew", None)
        _charging_mode = d.pop("charging_mode", None)
        charging_mode: InstanceBssParamChargingMode | None = (
            None if _charging_mode is None else check_instance_bss_param_charging_mode(_charging_mode)
        )
        is_auto_pay = d.pop("is_auto_pay", None)
        _period_type = d.pop("period_type", None)
        period_type: InstanceBssParamPeriodType | None = (
            None if _period_type is None else check_instance_bss_param_period_type(_period_type)
        )
        period_num = d.pop("period_num", None)
        model = cls(
            is_auto_renew=is_auto_renew,
            charging_mode=charging_mode,
            is_auto_pay=is_auto_pay,
            period_type=period_type,
            period_num=period_num,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
