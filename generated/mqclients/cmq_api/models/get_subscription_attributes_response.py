from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSubscriptionAttributesResponse")


@_attrs_define
class GetSubscriptionAttributesResponse:
    """GetSubscriptionAttributes' answer."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    topic_owner: str | Unset = UNSET
    """ Account (appid) that owns the topic. """
    msg_count: int | Unset = UNSET
    """ Deliveries pending for this subscription. """
    protocol: str | Unset = UNSET
    """ Where it delivers, `http` or `queue`. """
    endpoint: str | Unset = UNSET
    """ The URL it pushes to, or the name of the queue it feeds. """
    notify_strategy: str | Unset = UNSET
    """ Retry strategy, `BACKOFF_RETRY` or `EXPONENTIAL_DECAY_RETRY`. """
    notify_content_format: str | Unset = UNSET
    """ Push format, `JSON` or `SIMPLIFIED`. """
    create_time: int | Unset = UNSET
    """ When the subscription was created, in Unix seconds. """
    last_modify_time: int | Unset = UNSET
    """ When the subscription's settings last changed, in Unix seconds. """
    binding_key: list[str] | None | Unset = UNSET
    """ Binding keys (routing-key topics); may be null. """
    filter_tag: list[str] | None | Unset = UNSET
    """ Filter tags, under the name the Java SDK reads; may be null. """
    filter_tags: list[str] | None | Unset = UNSET
    """ Filter tags, under the name the Python SDK reads; may be null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        request_id = self.request_id

        topic_owner = self.topic_owner

        msg_count = self.msg_count

        protocol = self.protocol

        endpoint = self.endpoint

        notify_strategy = self.notify_strategy

        notify_content_format = self.notify_content_format

        create_time = self.create_time

        last_modify_time = self.last_modify_time

        binding_key: list[str] | None | Unset
        if isinstance(self.binding_key, Unset):
            binding_key = UNSET
        elif isinstance(self.binding_key, list):
            binding_key = self.binding_key

        else:
            binding_key = self.binding_key

        filter_tag: list[str] | None | Unset
        if isinstance(self.filter_tag, Unset):
            filter_tag = UNSET
        elif isinstance(self.filter_tag, list):
            filter_tag = self.filter_tag

        else:
            filter_tag = self.filter_tag

        filter_tags: list[str] | None | Unset
        if isinstance(self.filter_tags, Unset):
            filter_tags = UNSET
        elif isinstance(self.filter_tags, list):
            filter_tags = self.filter_tags

        else:
            filter_tags = self.filter_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "requestId": request_id,
            }
        )
        if topic_owner is not UNSET:
            field_dict["topicOwner"] = topic_owner
        if msg_count is not UNSET:
            field_dict["msgCount"] = msg_count
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if notify_strategy is not UNSET:
            field_dict["notifyStrategy"] = notify_strategy
        if notify_content_format is not UNSET:
            field_dict["notifyContentFormat"] = notify_content_format
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if last_modify_time is not UNSET:
            field_dict["lastModifyTime"] = last_modify_time
        if binding_key is not UNSET:
            field_dict["bindingKey"] = binding_key
        if filter_tag is not UNSET:
            field_dict["filterTag"] = filter_tag
        if filter_tags is not UNSET:
            field_dict["filterTags"] = filter_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        request_id = d.pop("requestId")

        topic_owner = d.pop("topicOwner", UNSET)

        msg_count = d.pop("msgCount", UNSET)

        protocol = d.pop("protocol", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        notify_strategy = d.pop("notifyStrategy", UNSET)

        notify_content_format = d.pop("notifyContentFormat", UNSET)

        create_time = d.pop("createTime", UNSET)

        last_modify_time = d.pop("lastModifyTime", UNSET)

        def _parse_binding_key(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                binding_key_type_0 = cast(list[str], data)

                return binding_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        binding_key = _parse_binding_key(d.pop("bindingKey", UNSET))

        def _parse_filter_tag(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filter_tag_type_0 = cast(list[str], data)

                return filter_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        filter_tag = _parse_filter_tag(d.pop("filterTag", UNSET))

        def _parse_filter_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filter_tags_type_0 = cast(list[str], data)

                return filter_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        filter_tags = _parse_filter_tags(d.pop("filterTags", UNSET))

        get_subscription_attributes_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            topic_owner=topic_owner,
            msg_count=msg_count,
            protocol=protocol,
            endpoint=endpoint,
            notify_strategy=notify_strategy,
            notify_content_format=notify_content_format,
            create_time=create_time,
            last_modify_time=last_modify_time,
            binding_key=binding_key,
            filter_tag=filter_tag,
            filter_tags=filter_tags,
        )

        get_subscription_attributes_response.additional_properties = d
        return get_subscription_attributes_response

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
