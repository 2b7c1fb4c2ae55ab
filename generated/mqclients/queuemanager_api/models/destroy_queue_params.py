from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DestroyQueueParams")


@_attrs_define
class DestroyQueueParams:
    """The arguments of `qm.destroy_queue`."""

    queue_name: str
    """ Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or
    digit. Names are case-sensitive. """
    token: str | Unset = UNSET
    """ The session token answered by `auth`. Filled in by the client, which adds the token of its session to every
    call; a call without a valid, unexpired token answers code 1111600006. """
    force: bool | Unset = False
    """ Delete the queue even if it still holds elements. """

    def to_dict(self) -> dict[str, Any]:
        queue_name = self.queue_name

        token = self.token

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "queue_name": queue_name,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue_name = d.pop("queue_name")

        token = d.pop("token", UNSET)

        force = d.pop("force", UNSET)

        destroy_queue_params = cls(
            queue_name=queue_name,
            token=token,
            force=force,
        )

        return destroy_queue_params

    def __repr__(self) -> str:
        """The fields that are set, by name: ``UNSET`` fields and empty extras are left out."""
        from mqclients._core.models import model_repr

        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        from mqclients._core.models import model_json

        return model_json(self, **dumps_options)
