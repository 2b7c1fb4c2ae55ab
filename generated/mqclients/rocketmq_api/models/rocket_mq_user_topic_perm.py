from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RocketMQUserTopicPerm")


@_attrs_define
class RocketMQUserTopicPerm:
    """A user's permission on one topic, as answered (doc table `topic_perms`, 5-108/5-114/5-121/5-125)."""

    name: str | Unset = UNSET
    """ Name of the topic. """
    perm: str | Unset = UNSET
    """ Permission on the topic: `PUB`, `SUB`, `PUB|SUB` or `DENY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        perm = self.perm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if perm is not UNSET:
            field_dict["perm"] = perm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        perm = d.pop("perm", UNSET)

        rocket_mq_user_topic_perm = cls(
            name=name,
            perm=perm,
        )

        rocket_mq_user_topic_perm.additional_properties = d
        return rocket_mq_user_topic_perm

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
