"""AckParams: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model

from ..models.ack_params_ack_type import AckParamsAckType, check_ack_params_ack_type


@_attrs_define(repr=False)
class AckParams(Model):
    """The arguments of `qm.ack`."""

    message_id: int
    """ The message id answered by `poll` or `pull_elements`. """
    token: str | None = None
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    ack_type: AckParamsAckType | None = None
    """ How consuming went: 0 consumed (delete the element), 1 failed (put it back at the tail of the queue). When
    omitted the server applies 0. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict["message_id"] = self.message_id
        if self.token is not None:
            field_dict["token"] = self.token
        if self.ack_type is not None:
            field_dict["ack_type"] = self.ack_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        message_id = d.pop("message_id")
        token = d.pop("token", None)
        _ack_type = d.pop("ack_type", None)
        ack_type: AckParamsAckType | None = None if _ack_type is None else check_ack_params_ack_type(_ack_type)
        model = cls(
            message_id=message_id,
            token=token,
            ack_type=ack_type,
        )
        return model
