"""GetSubscriptionAttributesResponse: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset


@_attrs_define(repr=False)
class GetSubscriptionAttributesResponse(ModelWithExtras):
    """GetSubscriptionAttributes' answer."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    topic_owner: str | None = None
    """ Account (appid) that owns the topic. """
    msg_count: int | None = None
    """ Deliveries pending for this subscription. """
    protocol: str | None = None
    """ Where it delivers, `http` or `queue`. """
    endpoint: str | None = None
    """ The URL it pushes to, or the name of the queue it feeds. """
    notify_strategy: str | None = None
    """ Retry strategy, `BACKOFF_RETRY` or `EXPONENTIAL_DECAY_RETRY`. """
    notify_content_format: str | None = None
    """ Push format, `JSON` or `SIMPLIFIED`. """
    create_time: int | None = None
    """ When the subscription was created, in Unix seconds. """
    last_modify_time: int | None = None
    """ When the subscription's settings last changed, in Unix seconds. """
    _binding_key: list[str] | None | Unset = _attrs_field(default=UNSET, alias="binding_key")
    _filter_tag: list[str] | None | Unset = _attrs_field(default=UNSET, alias="filter_tag")
    _filter_tags: list[str] | None | Unset = _attrs_field(default=UNSET, alias="filter_tags")
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def binding_key(self) -> list[str] | None:
        """Binding keys (routing-key topics); may be null.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._binding_key, Unset) else self._binding_key

    @binding_key.setter
    def binding_key(self, value: list[str] | None) -> None:
        self._binding_key = value

    @binding_key.deleter
    def binding_key(self) -> None:
        self._binding_key = UNSET

    @property
    def filter_tag(self) -> list[str] | None:
        """Filter tags, under the name the Java SDK reads; may be null.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._filter_tag, Unset) else self._filter_tag

    @filter_tag.setter
    def filter_tag(self, value: list[str] | None) -> None:
        self._filter_tag = value

    @filter_tag.deleter
    def filter_tag(self) -> None:
        self._filter_tag = UNSET

    @property
    def filter_tags(self) -> list[str] | None:
        """Filter tags, under the name the Python SDK reads; may be null.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._filter_tags, Unset) else self._filter_tags

    @filter_tags.setter
    def filter_tags(self, value: list[str] | None) -> None:
        self._filter_tags = value

    @filter_tags.deleter
    def filter_tags(self) -> None:
        self._filter_tags = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        if self.topic_owner is not None:
            field_dict["topicOwner"] = self.topic_owner
        if self.msg_count is not None:
            field_dict["msgCount"] = self.msg_count
        if self.protocol is not None:
            field_dict["protocol"] = self.protocol
        if self.endpoint is not None:
            field_dict["endpoint"] = self.endpoint
        if self.notify_strategy is not None:
            field_dict["notifyStrategy"] = self.notify_strategy
        if self.notify_content_format is not None:
            field_dict["notifyContentFormat"] = self.notify_content_format
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time
        if self.last_modify_time is not None:
            field_dict["lastModifyTime"] = self.last_modify_time
        if not isinstance(self._binding_key, Unset):
            field_dict["bindingKey"] = self._binding_key
        if not isinstance(self._filter_tag, Unset):
            field_dict["filterTag"] = self._filter_tag
        if not isinstance(self._filter_tags, Unset):
            field_dict["filterTags"] = self._filter_tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        topic_owner = d.pop("topicOwner", None)
        msg_count = d.pop("msgCount", None)
        protocol = d.pop("protocol", None)
        endpoint = d.pop("endpoint", None)
        notify_strategy = d.pop("notifyStrategy", None)
        notify_content_format = d.pop("notifyContentFormat", None)
        create_time = d.pop("createTime", None)
        last_modify_time = d.pop("lastModifyTime", None)
        binding_key = d.pop("bindingKey", UNSET)
        filter_tag = d.pop("filterTag", UNSET)
        filter_tags = d.pop("filterTags", UNSET)
        model = cls(
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
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
