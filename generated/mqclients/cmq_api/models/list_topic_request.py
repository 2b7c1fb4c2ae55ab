"""ListTopicRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras, expect_const


@_attrs_define(repr=False)
class ListTopicRequest(ModelWithExtras):
    """ListTopic's parameters."""

    action: Literal["ListTopic"] = "ListTopic"
    """ The action; fixed, the client fills it in. """
    search_word: str | None = None
    """ Answer only the topics whose name contains this text (fuzzy match). """
    offset: int | None = None
    """ How many matching topics to skip; when given, `limit` must be given too. When omitted the server applies 0.
    """
    limit: int | None = None
    """ Most topics to answer. When omitted the server applies 20. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["Action"] = self.action
        if self.search_word is not None:
            field_dict["searchWord"] = self.search_word
        if self.offset is not None:
            field_dict["offset"] = self.offset
        if self.limit is not None:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        _action = d.pop("Action")
        action: Literal["ListTopic"] = expect_const(_action, "ListTopic", "action")
        search_word = d.pop("searchWord", None)
        offset = d.pop("offset", None)
        limit = d.pop("limit", None)
        model = cls(
            action=action,
            search_word=search_word,
            offset=offset,
            limit=limit,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
