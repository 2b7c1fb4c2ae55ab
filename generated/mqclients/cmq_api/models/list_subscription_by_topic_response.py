from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_summary import SubscriptionSummary


T = TypeVar("T", bound="ListSubscriptionByTopicResponse")


@_attrs_define
class ListSubscriptionByTopicResponse:
    """ListSubscriptionByTopic's answer, one page."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    total_count: int | Unset = UNSET
    """ How many subscriptions match in all (not the size of this page). """
    subscription_list: list[SubscriptionSummary] | Unset = UNSET
    """ This page's subscriptions (the API page calls the field `topicList`; every SDK reads this name). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        total_count = self.total_count

        subscription_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscription_list, Unset):
            subscription_list = []
            for subscription_list_item_data in self.subscription_list:
                subscription_list_item = subscription_list_item_data.to_dict()
                subscription_list.append(subscription_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "requestId": request_id,
            }
        )
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if subscription_list is not UNSET:
            field_dict["subscriptionList"] = subscription_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_summary import SubscriptionSummary  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        total_count = d.pop("totalCount", UNSET)

        _subscription_list = d.pop("subscriptionList", UNSET)
        subscription_list: list[SubscriptionSummary] | Unset = UNSET
        if _subscription_list is not UNSET:
            subscription_list = []
            for subscription_list_item_data in _subscription_list:
                subscription_list_item = SubscriptionSummary.from_dict(subscription_list_item_data)

                subscription_list.append(subscription_list_item)

        list_subscription_by_topic_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            total_count=total_count,
            subscription_list=subscription_list,
        )

        list_subscription_by_topic_response.additional_properties = d
        return list_subscription_by_topic_response

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
