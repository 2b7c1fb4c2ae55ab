"""Result: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Result(ModelWithExtras):
    """The shape every `result` shares: a `code` and, when it is not 0, a `message`; each method's result
    adds its output fields (`AddResult`, `PollResult`, ...). The codes:
    - 0: success.
    - 1111600001: internal failure of the server (a storage error).
    - 1111600002: the queue already exists (new_queue).
    - 1111600003: the queue does not exist.
    - 1111600004: too many elements in flight, 1,000 for the session or 100,000 on the server (poll, pull_elements).
    - 1111600005: the queue is empty (poll); the client reads it as "nothing to return".
    - 1111600006 (added): the token is missing, unknown or expired; log in again with `auth`.
    - 1111600007 (added): wrong username or password, or a password that does not decrypt (auth).
    - 1111600008 (added): destroy_queue without `force` on a queue that still holds elements.
    - 1111600009 (added): ack of a message id that is unknown, already acknowledged, or taken by another user.
    - 1111600010 (added): try later: too many failed logins, or too many logins at once (auth).
    - 1111600011 (added): the user is not granted the queue or map the call names.
    Refused requests (bad JSON, unknown method, invalid params) answer a JSON-RPC `error` instead
    (`RpcError`)."""

    code: int
    """ The result code; 0 on success. """
    message: str | None = None
    """ Why the call failed, in English (present when `code` is not 0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message", None)
        model = cls(
            code=code,
            message=message,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
