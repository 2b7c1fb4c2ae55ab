from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListMessageTraceRespTrace")


@_attrs_define
class ListMessageTraceRespTrace:
    """SDK model ListMessageTraceRespTrace (huaweicloudsdkrocketmq 3.1.219)."""

    success: bool | Unset = UNSET
    """ Whether the traced step succeeded. """
    trace_type: str | Unset = UNSET
    """ Kind of record, e.g. `Pub` (production), `SubBefore`, `SubAfter` (consumption). """
    timestamp: float | Unset = UNSET
    """ When the step happened, Unix time in milliseconds (doc type Number). """
    group_name: str | Unset = UNSET
    """ Producer group or consumer group of the step. """
    cost_time: float | Unset = UNSET
    """ How long the step took, in milliseconds (doc type Number). """
    request_id: str | Unset = UNSET
    """ Request id of the step. """
    consume_status: float | Unset = UNSET
    """ Consumption status (doc type Number): 0 consumed successfully, 1 consumption timed out, 2 consumption
    threw an exception, 3 the consumer returned null, 5 consumption failed.
     """
    topic: str | Unset = UNSET
    """ Name of the topic. """
    msg_id: str | Unset = UNSET
    """ Message id (the producer's unique key). """
    offset_msg_id: str | Unset = UNSET
    """ Offset message id (the broker's id of the stored message). """
    tags: str | Unset = UNSET
    """ Tag of the message. """
    keys: str | Unset = UNSET
    """ Keys of the message. """
    store_host: str | Unset = UNSET
    """ Address (ip:port) of the broker that stores the message. """
    client_host: str | Unset = UNSET
    """ Address of the client (producer or consumer) of the step. """
    retry_times: int | Unset = UNSET
    """ Number of retries. """
    body_length: float | Unset = UNSET
    """ Length of the message body in bytes (doc type Number). """
    msg_type: str | Unset = UNSET
    """ Message type, e.g. Normal_Msg. """
    transaction_state: str | Unset = UNSET
    """ Transaction state, for transactional messages; null otherwise. """
    transaction_id: str | Unset = UNSET
    """ Transaction id, for transactional messages; null otherwise. """
    from_transaction_check: bool | Unset = UNSET
    """ Whether the record answers a transaction check-back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        trace_type = self.trace_type

        timestamp = self.timestamp

        group_name = self.group_name

        cost_time = self.cost_time

        request_id = self.request_id

        consume_status = self.consume_status

        topic = self.topic

        msg_id = self.msg_id

        offset_msg_id = self.offset_msg_id

        tags = self.tags

        keys = self.keys

        store_host = self.store_host

        client_host = self.client_host

        retry_times = self.retry_times

        body_length = self.body_length

        msg_type = self.msg_type

        transaction_state = self.transaction_state

        transaction_id = self.transaction_id

        from_transaction_check = self.from_transaction_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if trace_type is not UNSET:
            field_dict["trace_type"] = trace_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if cost_time is not UNSET:
            field_dict["cost_time"] = cost_time
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if consume_status is not UNSET:
            field_dict["consume_status"] = consume_status
        if topic is not UNSET:
            field_dict["topic"] = topic
        if msg_id is not UNSET:
            field_dict["msg_id"] = msg_id
        if offset_msg_id is not UNSET:
            field_dict["offset_msg_id"] = offset_msg_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if keys is not UNSET:
            field_dict["keys"] = keys
        if store_host is not UNSET:
            field_dict["store_host"] = store_host
        if client_host is not UNSET:
            field_dict["client_host"] = client_host
        if retry_times is not UNSET:
            field_dict["retry_times"] = retry_times
        if body_length is not UNSET:
            field_dict["body_length"] = body_length
        if msg_type is not UNSET:
            field_dict["msg_type"] = msg_type
        if transaction_state is not UNSET:
            field_dict["transaction_state"] = transaction_state
        if transaction_id is not UNSET:
            field_dict["transaction_id"] = transaction_id
        if from_transaction_check is not UNSET:
            field_dict["from_transaction_check"] = from_transaction_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        trace_type = d.pop("trace_type", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        group_name = d.pop("group_name", UNSET)

        cost_time = d.pop("cost_time", UNSET)

        request_id = d.pop("request_id", UNSET)

        consume_status = d.pop("consume_status", UNSET)

        topic = d.pop("topic", UNSET)

        msg_id = d.pop("msg_id", UNSET)

        offset_msg_id = d.pop("offset_msg_id", UNSET)

        tags = d.pop("tags", UNSET)

        keys = d.pop("keys", UNSET)

        store_host = d.pop("store_host", UNSET)

        client_host = d.pop("client_host", UNSET)

        retry_times = d.pop("retry_times", UNSET)

        body_length = d.pop("body_length", UNSET)

        msg_type = d.pop("msg_type", UNSET)

        transaction_state = d.pop("transaction_state", UNSET)

        transaction_id = d.pop("transaction_id", UNSET)

        from_transaction_check = d.pop("from_transaction_check", UNSET)

        list_message_trace_resp_trace = cls(
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

        list_message_trace_resp_trace.additional_properties = d
        return list_message_trace_resp_trace

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
