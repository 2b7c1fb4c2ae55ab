"""Envelope: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras


@_attrs_define(repr=False)
class Envelope(ModelWithExtras):
    """The three fields of every answer, success or failure (HTTP 200 in both cases). `code` 0 is success;
    any other code raises, except 7000 on the receive methods (nothing to receive: `None`). The message of
    a failure usually starts with a module code in parentheses, such as `(10430)action name CreateTopic is
    not existed`; module codes are finer than the top-level code, and a few are reused with different
    meanings by different actions (10470, 10670, 10680, 10700).

    The top-level codes, with the error category each raises as (`x-error-classes`):
    - 4000, bad_request: a parameter is missing, malformed, of the wrong type or out of range (module
      codes 10000 to 10430: for example 10010 missing parameter, 10350 value or length out of range, 10370
      batch size out of range, 10380 array indices not consecutive, 10420 request larger than 1 MB, 10430
      action sent to the wrong host).
    - 4100, authentication: missing or unknown key, or a wrong signature.
    - 4300, permission_denied: the account is in arrears.
    - 4400, bad_request: the message is larger than the queue's or topic's `maxMsgSize` (10230).
    - 4410, conflict: the queue already holds `maxMsgHeapNum` messages (10240); it accepts more once
      messages are consumed.
    - 4420, rate_limit: too many requests per second (10250).
    - 4430, conflict: the receipt handle has expired or was replaced by a newer receive (10260); the
      message's state moved on.
    - 4440, not_found: the queue or topic does not exist.
    - 4450, permission_denied: the account holds the most queues (10220) or topics (10610) it may, 1000.
    - 4460, conflict: a queue or topic of that name already exists (topics: 10550).
    - 4470, bad_request: the bodies of a batch take more than 64 KB together (10300).
    - 4490, conflict: a subscription of that name already exists (10470).
    - 4500, permission_denied: the topic has the most subscriptions it may, 100 (10480).
    - 4510, bad_request: the endpoint URL contains blanks (10570).
    - 6000, server: internal server error.
    - 6010, conflict: BatchDeleteMessage deleted some handles but not others (10150); `errorList` names
      the failures, mostly 4430.
    - 6020, conflict: BatchDeleteMessage deleted none of the handles (10290); `errorList` says why.
    - 6030, conflict: the published message matches no subscription (10730) or the topic has none (10650).
    - 6040, conflict: a queue or topic of that name was deleted less than about 10 seconds ago (10660).
    - 6050, bad_request: the queue cannot be rewound (RewindQueue, 10670), or a subscription has too many
      filter tags or binding keys (Subscribe, 10740).
    - 6070, rate_limit: too many received but undeleted (or delayed) messages (ReceiveMessage, 10690);
      delete some or wait for them to become visible again.
    - 7000, not_found: no message arrived within the wait (10200); the receive methods return `None`
      instead of raising."""

    code: int
    """ 0 on success, otherwise the error code (see the schema's description). """
    message: str
    """ Empty on success; otherwise what went wrong, usually led by a module code in parentheses. """
    request_id: str
    """ The server's id of the request, for support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = self.code
        field_dict["message"] = self.message
        field_dict["requestId"] = self.request_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        code = d.pop("code")
        message = d.pop("message")
        request_id = d.pop("requestId")
        model = cls(
            code=code,
            message=message,
            request_id=request_id,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
