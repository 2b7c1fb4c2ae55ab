from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deadletter_resend_resp_resend_results import DeadletterResendRespResendResults


T = TypeVar("T", bound="SendDlqMessageForRocketMqResponse")


@_attrs_define
class SendDlqMessageForRocketMqResponse:
    """SDK model SendDlqMessageForRocketMqResponse (huaweicloudsdkrocketmq 3.1.219)."""

    resend_results: list[DeadletterResendRespResendResults] | Unset = UNSET
    """ One result per message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resend_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resend_results, Unset):
            resend_results = []
            for resend_results_item_data in self.resend_results:
                resend_results_item = resend_results_item_data.to_dict()
                resend_results.append(resend_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resend_results is not UNSET:
            field_dict["resend_results"] = resend_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadletter_resend_resp_resend_results import DeadletterResendRespResendResults  # noqa: PLC0415

        d = dict(src_dict)
        _resend_results = d.pop("resend_results", UNSET)
        resend_results: list[DeadletterResendRespResendResults] | Unset = UNSET
        if _resend_results is not UNSET:
            resend_results = []
            for resend_results_item_data in _resend_results:
                resend_results_item = DeadletterResendRespResendResults.from_dict(resend_results_item_data)

                resend_results.append(resend_results_item)

        send_dlq_message_for_rocket_mq_response = cls(
            resend_results=resend_results,
        )

        send_dlq_message_for_rocket_mq_response.additional_properties = d
        return send_dlq_message_for_rocket_mq_response

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
