"""NewQueueParams: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from mqclients._core.models import Model


@_attrs_define(repr=False)
class NewQueueParams(Model):
    """The arguments of `qm.new_queue`."""

    queue_name: str
    """ Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    token: str | None = None
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = {}
        field_dict["queue_name"] = self.queue_name
        if self.token is not None:
            field_dict["token"] = self.token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        queue_name = d.pop("queue_name")
        token = d.pop("token", None)
        model = cls(
            queue_name=queue_name,
            token=token,
        )
        return model
