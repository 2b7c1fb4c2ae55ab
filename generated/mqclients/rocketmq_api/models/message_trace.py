"""MessageTrace: generated from the spec, do not edit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from mqclients._core.models import ModelWithExtras

from ..types import UNSET, Unset


@_attrs_define(repr=False)
class MessageTrace(ModelWithExtras):
    """One trace record of a message (doc table `trace`, 5-89)."""

    success: bool | None = None
    """ Whether the traced step succeeded. """
    trace_type: str | None = None
    """ Kind of record, e.g. `Pub` (production), `SubBefore`, `SubAfter` (consumption). """
    timestamp: int | None = None
    """ When the step happened, Unix time in milliseconds (doc type Number). """
    group_name: str | None = None
    """ Producer group or consumer group of the step. """
    cost_time: int | None = None
    """ How long the step took, in milliseconds (doc type Number). """
    request_id: str | None = None
    """ Request id of the step. """
    consume_status: int | None = None
    """ Consumption status (doc type Number): 0 consumed successfully, 1 consumption timed out, 2 consumption
    threw an exception, 3 the consumer returned null, 5 consumption failed. """
    topic: str | None = None
    """ Name of the topic. """
    msg_id: str | None = None
    """ Message id (the producer's unique key). """
    offset_msg_id: str | None = None
    """ Offset message id (the broker's id of the stored message). """
    tags: str | None = None
    """ Tag of the message. """
    keys: str | None = None
    """ Keys of the message. """
    store_host: str | None = None
    """ Address (ip:port) of the broker that stores the message. """
    client_host: str | None = None
    """ Address of the client (producer or consumer) of the step. """
    retry_times: int | None = None
    """ Number of retries. """
    body_length: int | None = None
    """ Length of the message body in bytes (doc type Number). """
    msg_type: str | None = None
    """ Message type, e.g. Normal_Msg. """
    _transaction_state: str | None | Unset = _attrs_field(default=UNSET, alias="transaction_state")
    _transaction_id: str | None | Unset = _attrs_field(default=UNSET, alias="transaction_id")
    from_transaction_check: bool | None = None
    """ Whether the record answers a transaction check-back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not name, by their wire names."""

    @property
    def transaction_state(self) -> str | None:
        """Transaction state, for transactional messages; null otherwise.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._transaction_state, Unset) else self._transaction_state

    @transaction_state.setter
    def transaction_state(self, value: str | None) -> None:
        self._transaction_state = value

    @transaction_state.deleter
    def transaction_state(self) -> None:
        self._transaction_state = UNSET

    @property
    def transaction_id(self) -> str | None:
        """Transaction id, for transactional messages; null otherwise.

        ``None`` when absent or null; setting ``None`` sends null, ``del`` makes it absent (not sent)."""
        return None if isinstance(self._transaction_id, Unset) else self._transaction_id

    @transaction_id.setter
    def transaction_id(self, value: str | None) -> None:
        self._transaction_id = value

    @transaction_id.deleter
    def transaction_id(self) -> None:
        self._transaction_id = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as the JSON object of the wire (the spec's field names); absent fields are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.success is not None:
            field_dict["success"] = self.success
        if self.trace_type is not None:
            field_dict["trace_type"] = self.trace_type
        if self.timestamp is not None:
            field_dict["timestamp"] = self.timestamp
        if self.group_name is not None:
            field_dict["group_name"] = self.group_name
        if self.cost_time is not None:
            field_dict["cost_time"] = self.cost_time
        if self.request_id is not None:
            field_dict["request_id"] = self.request_id
        if self.consume_status is not None:
            field_dict["consume_status"] = self.consume_status
        if self.topic is not None:
            field_dict["topic"] = self.topic
        if self.msg_id is not None:
            field_dict["msg_id"] = self.msg_id
        if self.offset_msg_id is not None:
            field_dict["offset_msg_id"] = self.offset_msg_id
        if self.tags is not None:
            field_dict["tags"] = self.tags
        if self.keys is not None:
            field_dict["keys"] = self.keys
        if self.store_host is not None:
            field_dict["store_host"] = self.store_host
        if self.client_host is not None:
            field_dict["client_host"] = self.client_host
        if self.retry_times is not None:
            field_dict["retry_times"] = self.retry_times
        if self.body_length is not None:
            field_dict["body_length"] = self.body_length
        if self.msg_type is not None:
            field_dict["msg_type"] = self.msg_type
        if not isinstance(self._transaction_state, Unset):
            field_dict["transaction_state"] = self._transaction_state
        if not isinstance(self._transaction_id, Unset):
            field_dict["transaction_id"] = self._transaction_id
        if self.from_transaction_check is not None:
            field_dict["from_transaction_check"] = self.from_transaction_check
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model of a JSON object (absent optional fields read as ``None``; unknown ones are kept as extras)."""
        d = dict(src_dict)
        success = d.pop("success", None)
        trace_type = d.pop("trace_type", None)
        timestamp = d.pop("timestamp", None)
        group_name = d.pop("group_name", None)
        cost_time = d.pop("cost_time", None)
        request_id = d.pop("request_id", None)
        consume_status = d.pop("consume_status", None)
        topic = d.pop("topic", None)
        msg_id = d.pop("msg_id", None)
        offset_msg_id = d.pop("offset_msg_id", None)
        tags = d.pop("tags", None)
        keys = d.pop("keys", None)
        store_host = d.pop("store_host", None)
        client_host = d.pop("client_host", None)
        retry_times = d.pop("retry_times", None)
        body_length = d.pop("body_length", None)
        msg_type = d.pop("msg_type", None)
        transaction_state = d.pop("transaction_state", UNSET)
        transaction_id = d.pop("transaction_id", UNSET)
        from_transaction_check = d.pop("from_transaction_check", None)
        model = cls(
            success=success,
            trace_type=trace_type,
            timestamp=timestamp,
            group_name=group_name,
            cost_time=cost_time,
            request_id=request_id,
            consume_status=consume_status,
            topic=topic,
            msg_id=msg_id,
            offset_msg_id=offset_msg_id,
            tags=tags,
            keys=keys,
            store_host=store_host,
            client_host=client_host,
            retry_times=retry_times,
            body_length=body_length,
            msg_type=msg_type,
            transaction_state=transaction_state,
            transaction_id=transaction_id,
            from_transaction_check=from_transaction_check,
        )
        model.additional_properties = d
        return model

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value
