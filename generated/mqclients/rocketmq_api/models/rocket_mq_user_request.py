from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rocket_mq_user_request_default_group_perm import (
    RocketMQUserRequestDefaultGroupPerm,
    check_rocket_mq_user_request_default_group_perm,
)
from ..models.rocket_mq_user_request_default_topic_perm import (
    RocketMQUserRequestDefaultTopicPerm,
    check_rocket_mq_user_request_default_topic_perm,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rocket_mq_user_group_perm_request import RocketMQUserGroupPermRequest
    from ..models.rocket_mq_user_topic_perm_request import RocketMQUserTopicPermRequest


T = TypeVar("T", bound="RocketMQUserRequest")


@_attrs_define
class RocketMQUserRequest:
    """An ACL user as created or changed (doc tables 5-104 and 5-117; SDK User)."""

    access_key: str | Unset = UNSET
    """ User name (access key); starts with a letter, then letters, digits, hyphens and underscores, 7 to 64
    characters. """
    secret_key: str | Unset = UNSET
    """ Secret key of the user: a secret, never log it. 8 to 32 characters with at least 3 of: uppercase
    letters, lowercase letters, digits, special characters (`~!@#$%^&*()-_=+\\|[{}];:'",<.>/?); must not equal
    the user name or the user name reversed.
     """
    white_remote_address: str | Unset = UNSET
    """ IP whitelist of the user (addresses allowed to use it); empty for none. """
    admin: bool | Unset = UNSET
    """ Whether the user is an administrator (all permissions). """
    default_topic_perm: RocketMQUserRequestDefaultTopicPerm | Unset = UNSET
    """ Permission on topics not listed in `topic_perms`: `PUB`, `SUB`, `PUB|SUB` or `DENY`. """
    default_group_perm: RocketMQUserRequestDefaultGroupPerm | Unset = UNSET
    """ Permission on consumer groups not listed in `group_perms`: `SUB` or `DENY` (values of the official SDK's
    enum). """
    topic_perms: list[RocketMQUserTopicPermRequest] | Unset = UNSET
    """ Permissions on particular topics, overriding the default. """
    group_perms: list[RocketMQUserGroupPermRequest] | Unset = UNSET
    """ Permissions on particular consumer groups, overriding the default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        secret_key = self.secret_key

        white_remote_address = self.white_remote_address

        admin = self.admin

        default_topic_perm: str | Unset = UNSET
        if not isinstance(self.default_topic_perm, Unset):
            default_topic_perm = self.default_topic_perm

        default_group_perm: str | Unset = UNSET
        if not isinstance(self.default_group_perm, Unset):
            default_group_perm = self.default_group_perm

        topic_perms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topic_perms, Unset):
            topic_perms = []
            for topic_perms_item_data in self.topic_perms:
                topic_perms_item = topic_perms_item_data.to_dict()
                topic_perms.append(topic_perms_item)

        group_perms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_perms, Unset):
            group_perms = []
            for group_perms_item_data in self.group_perms:
                group_perms_item = group_perms_item_data.to_dict()
                group_perms.append(group_perms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if white_remote_address is not UNSET:
            field_dict["white_remote_address"] = white_remote_address
        if admin is not UNSET:
            field_dict["admin"] = admin
        if default_topic_perm is not UNSET:
            field_dict["default_topic_perm"] = default_topic_perm
        if default_group_perm is not UNSET:
            field_dict["default_group_perm"] = default_group_perm
        if topic_perms is not UNSET:
            field_dict["topic_perms"] = topic_perms
        if group_perms is not UNSET:
            field_dict["group_perms"] = group_perms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rocket_mq_user_group_perm_request import RocketMQUserGroupPermRequest  # noqa: PLC0415
        from ..models.rocket_mq_user_topic_perm_request import RocketMQUserTopicPermRequest  # noqa: PLC0415

        d = dict(src_dict)
        access_key = d.pop("access_key", UNSET)

        secret_key = d.pop("secret_key", UNSET)

        white_remote_address = d.pop("white_remote_address", UNSET)

        admin = d.pop("admin", UNSET)

        _default_topic_perm = d.pop("default_topic_perm", UNSET)
        default_topic_perm: RocketMQUserRequestDefaultTopicPerm | Unset
        if isinstance(_default_topic_perm, Unset):
            default_topic_perm = UNSET
        else:
            default_topic_perm = check_rocket_mq_user_request_default_topic_perm(_default_topic_perm)

        _default_group_perm = d.pop("default_group_perm", UNSET)
        default_group_perm: RocketMQUserRequestDefaultGroupPerm | Unset
        if isinstance(_default_group_perm, Unset):
            default_group_perm = UNSET
        else:
            default_group_perm = check_rocket_mq_user_request_default_group_perm(_default_group_perm)

        _topic_perms = d.pop("topic_perms", UNSET)
        topic_perms: list[RocketMQUserTopicPermRequest] | Unset = UNSET
        if _topic_perms is not UNSET:
            topic_perms = []
            for topic_perms_item_data in _topic_perms:
                topic_perms_item = RocketMQUserTopicPermRequest.from_dict(topic_perms_item_data)

                topic_perms.append(topic_perms_item)

        _group_perms = d.pop("group_perms", UNSET)
        group_perms: list[RocketMQUserGroupPermRequest] | Unset = UNSET
        if _group_perms is not UNSET:
            group_perms = []
            for group_perms_item_data in _group_perms:
                group_perms_item = RocketMQUserGroupPermRequest.from_dict(group_perms_item_data)

                group_perms.append(group_perms_item)

        rocket_mq_user_request = cls(
            access_key=access_key,
            secret_key=secret_key,
            white_remote_address=white_remote_address,
            admin=admin,
            default_topic_perm=default_topic_perm,
            default_group_perm=default_group_perm,
            topic_perms=topic_perms,
            group_perms=group_perms,
        )

        rocket_mq_user_request.additional_properties = d
        return rocket_mq_user_request

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
