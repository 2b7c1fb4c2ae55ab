"""ClientData: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

if TYPE_CHECKING:
    from ..models.subscription import Subscription


@_attrs_define(repr=False)
class ClientData(ModelWithExtras):
    """SDK model ClientData (huaweicloudsdkrocketmq 3.1.219)."""

    language: str | None = None
    """ Language of the client, e.g. JAVA. """
    version: str | None = None
    """ Version of the client, e.g. V4_8_0. """
    client_id: str | None = None
    """ Id of the client. """
    client_addr: str | None = None
    """ Address (host:port) of the client. """
    consume_type: str | None = None
    """ Consumption type. """
    subscriptions: list[Subscription] | None = None
    """ The client's subscriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.language is not None:
            field_dict["language"] = self.language
        if self.version is not None:
            field_dict["version"] = self.version
        if self.client_id is not None:
            field_dict["client_id"] = self.client_id
        if self.client_addr is not None:
            field_dict["client_addr"] = self.client_addr
        if self.consume_type is not None:
            field_dict["consume_type"] = self.consume_type
        if self.subscriptions is not None:
            field_dict["subscriptions"] = [item0.to_dict() for item0 in self.subscriptions]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        language = d.pop("language", None)
        version = d.pop("version", None)
        client_id = d.pop("client_id", None)
        client_addr = d.pop("client_addr", None)
        consume_type = d.pop("consume_type", None)
        _subscriptions = d.pop("subscriptions", None)
        subscriptions: list[Subscription] | None = (
            None if _subscriptions is None else [Subscription.from_dict(item0) for item0 in _subscriptions]
        )
        model = cls(
            language=language,
            version=version,
            client_id=client_id,
            client_addr=client_addr,
            consume_type=consume_type,
            subscriptions=subscriptions,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
