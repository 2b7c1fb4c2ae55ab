from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.consume_messages_tag_type import ConsumeMessagesTagType
from ...models.consumed_message import ConsumedMessage
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    max_msgs: int | Unset = 10,
    time_wait: int | Unset = 3,
    ack_wait: int | Unset = 30,
    tag: list[str] | Unset = UNSET,
    tag_type: ConsumeMessagesTagType | Unset = "or",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_msgs"] = max_msgs

    params["time_wait"] = time_wait

    params["ack_wait"] = ack_wait

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    json_tag_type: str | Unset = UNSET
    if not isinstance(tag_type, Unset):
        json_tag_type = tag_type

    params["tag_type"] = json_tag_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/queues/{queue_id}/groups/{consumer_group_id}/messages".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
            consumer_group_id=quote(str(consumer_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ConsumedMessage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ConsumedMessage.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[ConsumedMessage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_msgs: int | Unset = 10,
    time_wait: int | Unset = 3,
    ack_wait: int | Unset = 30,
    tag: list[str] | Unset = UNSET,
    tag_type: ConsumeMessagesTagType | Unset = "or",
) -> Response[Error | list[ConsumedMessage]]:
    """Consume up to ten messages through a consumer group.

     Answers the next messages the group has not yet consumed, each with a `handler` to acknowledge
    it with (ack_messages) within `ack_wait` seconds; after that the handler is invalid and the
    message is delivered again. When the queue has nothing to deliver the server waits up to
    `time_wait` seconds for a message before answering an empty list. At most 512 KB are answered
    per call. Not idempotent: each call moves what the group sees next. Not paginated: a consumer
    simply calls again. The old SDK calls it `consume_message(queue, consume_group, **query)` and
    passes only `max_msgs` and `time_wait` (and tags, unencoded); the spec follows the reference's
    parameter table.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.
        tag (list[str] | Unset):
        tag_type (ConsumeMessagesTagType | Unset):  Default: 'or'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ConsumedMessage]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
        tag=tag,
        tag_type=tag_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_msgs: int | Unset = 10,
    time_wait: int | Unset = 3,
    ack_wait: int | Unset = 30,
    tag: list[str] | Unset = UNSET,
    tag_type: ConsumeMessagesTagType | Unset = "or",
) -> Error | list[ConsumedMessage] | None:
    """Consume up to ten messages through a consumer group.

     Answers the next messages the group has not yet consumed, each with a `handler` to acknowledge
    it with (ack_messages) within `ack_wait` seconds; after that the handler is invalid and the
    message is delivered again. When the queue has nothing to deliver the server waits up to
    `time_wait` seconds for a message before answering an empty list. At most 512 KB are answered
    per call. Not idempotent: each call moves what the group sees next. Not paginated: a consumer
    simply calls again. The old SDK calls it `consume_message(queue, consume_group, **query)` and
    passes only `max_msgs` and `time_wait` (and tags, unencoded); the spec follows the reference's
    parameter table.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.
        tag (list[str] | Unset):
        tag_type (ConsumeMessagesTagType | Unset):  Default: 'or'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ConsumedMessage]
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        client=client,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
        tag=tag,
        tag_type=tag_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_msgs: int | Unset = 10,
    time_wait: int | Unset = 3,
    ack_wait: int | Unset = 30,
    tag: list[str] | Unset = UNSET,
    tag_type: ConsumeMessagesTagType | Unset = "or",
) -> Response[Error | list[ConsumedMessage]]:
    """Consume up to ten messages through a consumer group.

     Answers the next messages the group has not yet consumed, each with a `handler` to acknowledge
    it with (ack_messages) within `ack_wait` seconds; after that the handler is invalid and the
    message is delivered again. When the queue has nothing to deliver the server waits up to
    `time_wait` seconds for a message before answering an empty list. At most 512 KB are answered
    per call. Not idempotent: each call moves what the group sees next. Not paginated: a consumer
    simply calls again. The old SDK calls it `consume_message(queue, consume_group, **query)` and
    passes only `max_msgs` and `time_wait` (and tags, unencoded); the spec follows the reference's
    parameter table.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.
        tag (list[str] | Unset):
        tag_type (ConsumeMessagesTagType | Unset):  Default: 'or'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ConsumedMessage]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
        tag=tag,
        tag_type=tag_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    max_msgs: int | Unset = 10,
    time_wait: int | Unset = 3,
    ack_wait: int | Unset = 30,
    tag: list[str] | Unset = UNSET,
    tag_type: ConsumeMessagesTagType | Unset = "or",
) -> Error | list[ConsumedMessage] | None:
    """Consume up to ten messages through a consumer group.

     Answers the next messages the group has not yet consumed, each with a `handler` to acknowledge
    it with (ack_messages) within `ack_wait` seconds; after that the handler is invalid and the
    message is delivered again. When the queue has nothing to deliver the server waits up to
    `time_wait` seconds for a message before answering an empty list. At most 512 KB are answered
    per call. Not idempotent: each call moves what the group sees next. Not paginated: a consumer
    simply calls again. The old SDK calls it `consume_message(queue, consume_group, **query)` and
    passes only `max_msgs` and `time_wait` (and tags, unencoded); the spec follows the reference's
    parameter table.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.
        tag (list[str] | Unset):
        tag_type (ConsumeMessagesTagType | Unset):  Default: 'or'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ConsumedMessage]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            consumer_group_id=consumer_group_id,
            client=client,
            max_msgs=max_msgs,
            time_wait=time_wait,
            ack_wait=ack_wait,
            tag=tag,
            tag_type=tag_type,
        )
    ).parsed
