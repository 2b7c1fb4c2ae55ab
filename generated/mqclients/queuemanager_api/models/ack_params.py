from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ack_params_ack_type import AckParamsAckType, check_ack_params_ack_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AckParams")


@_attrs_define
class AckParams:
    """The arguments of `qm.ack`."""

    message_id: int
    """ The message id answered by `poll` or `pull_elements`. """
    token: str | Unset = UNSET
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    ack_type: AckParamsAckType | Unset = 0
    """ How consuming went: 0 consumed (delete the element), 1 failed (put it back at the tail of the queue). """

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        token = self.token

        ack_type: int | Unset = UNSET
        if not isinstance(self.ack_type, Unset):
            ack_type = self.ack_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if ack_type is not UNSET:
            field_dict["ack_type"] = ack_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        token = d.pop("token", UNSET)

        _ack_type = d.pop("ack_type", UNSET)
        ack_type: AckParamsAckType | Unset
        if isinstance(_ack_type, Unset):
            ack_type = UNSET
        else:
            ack_type = check_ack_params_ack_type(_ack_type)

        ack_params = cls(
            message_id=message_id,
            token=token,
            ack_type=ack_type,
        )

        return ack_params

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
