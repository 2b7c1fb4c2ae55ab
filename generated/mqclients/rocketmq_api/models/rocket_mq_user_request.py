"""RocketMQUserRequest: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..models.rocket_mq_user_request_default_group_perm import (
    RocketMQUserRequestDefaultGroupPerm,
    check_rocket_mq_user_request_default_group_perm,
)
from ..models.rocket_mq_user_request_default_topic_perm import (
    RocketMQUserRequestDefaultTopicPerm,
    check_rocket_mq_user_request_default_topic_perm,
)

if TYPE_CHECKING:
    from ..models.rocket_mq_user_group_perm_request import RocketMQUserGroupPermRequest
    from ..models.rocket_mq_user_topic_perm_request import RocketMQUserTopicPermRequest


@_attrs_define(repr=False)
class RocketMQUserRequest(ModelWithExtras):
    """An ACL user as created or changed (doc tables 5-104 and 5-117; SDK User)."""

    access_key: str | None = None
    """ User name (access key); starts with a letter, then letters, digits, hyphens and underscores, 7 to 64
    characters. """
    secret_key: str | None = None
    """ Secret key of the user: a secret, never log it. 8 to 32 characters with at least 3 of: uppercase
    letters, lowercase letters, digits, special characters (`~!@#$%^&*()-_=+\\|[{}];:'",<.>/?); must not equal
    the user name or the user name reversed. """
    white_remote_address: str | None = None
    """ IP whitelist of the user (addresses allowed to use it); empty for none. """
    admin: bool | None = None
    """ Whether the user is an administrator (all permissions). """
    default_topic_perm: RocketMQUserRequestDefaultTopicPerm | None = None
    """ Permission on topics not listed in `topic_perms`: `PUB`, `SUB`, `PUB|SUB` or `DENY`. """
    default_group_perm: RocketMQUserRequestDefaultGroupPerm | None = None
    """ Permission on consumer groups not listed in `group_perms`: `SUB` or `DENY` (values of the official SDK's
    enum). """
    topic_perms: list[RocketMQUserTopicPermRequest] | None = None
    """ Permissions on particular topics, overriding the default. """
    group_perms: list[RocketMQUserGroupPermRequest] | None = None
    """ Permissions on particular consumer groups, overriding the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.access_key is not None:
            field_dict["access_key"] = self.access_key
        if self.secret_key is not None:
            field_dict["secret_key"] = self.secret_key
        if self.white_remote_address is not None:
            field_dict["white_remote_address"] = self.white_remote_address
        if self.admin is not None:
            field_dict["admin"] = self.admin
        if self.default_topic_perm is not None:
            field_dict["default_topic_perm"] = self.default_topic_perm
        if self.default_group_perm is not None:
            field_dict["default_group_perm"] = self.default_group_perm
        if self.topic_perms is not None:
            field_dict["topic_perms"] = [item0.to_dict() for item0 in self.topic_perms]
        if self.group_perms is not None:
            field_dict["group_perms"] = [item0.to_dict() for item0 in self.group_perms]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.rocket_mq_user_group_perm_request import RocketMQUserGroupPermRequest  # noqa: PLC0415
        from ..models.rocket_mq_user_topic_perm_request import RocketMQUserTopicPermRequest  # noqa: PLC0415

        d = dict(src_dict)
        access_key = d.pop("access_key", None)
        secret_key = d.pop("secret_key", None)
        white_remote_address = d.pop("white_remote_address", None)
        admin = d.pop("admin", None)
        _default_topic_perm = d.pop("default_topic_perm", None)
        default_topic_perm: RocketMQUserRequestDefaultTopicPerm | None = (
            None
            if _default_topic_perm is None
            else check_rocket_mq_user_request_default_topic_perm(_default_topic_perm)
        )
        _default_group_perm = d.pop("default_group_perm", None)
        default_group_perm: RocketMQUserRequestDefaultGroupPerm | None = (
            None
            if _default_group_perm is None
            else check_rocket_mq_user_request_default_group_perm(_default_group_perm)
        )
        _topic_perms = d.pop("topic_perms", None)
        topic_perms: list[RocketMQUserTopicPermRequest] | None = (
            None if _topic_perms is None else [RocketMQUserTopicPermRequest.from_dict(item0) for item0 in _topic_perms]
        )
        _group_perms = d.pop("group_perms", None)
        group_perms: list[RocketMQUserGroupPermRequest] | None = (
            None if _group_perms is None else [RocketMQUserGroupPermRequest.from_dict(item0) for item0 in _group_perms]
        )
        model = cls(
            access_key=access_key,
            secret_key=secret_key,
            white_remote_address=white_remote_address,
            admin=admin,
            default_topic_perm=default_topic_perm,
            default_group_perm=default_group_perm,
            topic_perms=topic_perms,
            group_perms=group_perms,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
