from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription import Subscription


T = TypeVar("T", bound="ClientData")


@_attrs_define
class ClientData:
    """SDK model ClientData (huaweicloudsdkrocketmq 3.1.219)."""

    language: str | Unset = UNSET
    """ Language of the client, e.g. JAVA. """
    version: str | Unset = UNSET
    """ Version of the client, e.g. V4_8_0. """
    client_id: str | Unset = UNSET
    """ Id of the client. """
    client_addr: str | Unset = UNSET
    """ Address (host:port) of the client. """
    consume_type: str | Unset = UNSET
    """ Consumption type. """
    subscriptions: list[Subscription] | Unset = UNSET
    """ The client's subscriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        version = self.version

        client_id = self.client_id

        client_addr = self.client_addr

        consume_type = self.consume_type

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if version is not UNSET:
            field_dict["version"] = version
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_addr is not UNSET:
            field_dict["client_addr"] = client_addr
        if consume_type is not UNSET:
            field_dict["consume_type"] = consume_type
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language", UNSET)

        version = d.pop("version", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_addr = d.pop("client_addr", UNSET)

        consume_type = d.pop("consume_type", UNSET)

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = Subscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        client_data = cls(
            language=language,
            version=version,
            client_id=client_id,
            client_addr=client_addr,
            consume_type=consume_type,
            subscriptions=subscriptions,
        )

        client_data.additional_properties = d
        return client_data

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
