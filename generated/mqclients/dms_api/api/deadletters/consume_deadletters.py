from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dead_letter import DeadLetter
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["max_msgs"] = max_msgs

    params["time_wait"] = time_wait

    params["ack_wait"] = ack_wait

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/queues/{queue_id}/groups/{consumer_group_id}/deadletters".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
            consumer_group_id=quote(str(consumer_group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[DeadLetter] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DeadLetter.from_dict(response_200_item_data)

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
) -> Response[Error | list[DeadLetter]]:
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
) -> Response[Error | list[DeadLetter]]:
    """Consume up to ten dead letters of a consumer group.

     Answers the group's next dead letters (messages that exceeded the queue's `max_consume_count`),
    each with a `handler` for ack_deadletters, valid for `ack_wait` seconds. When there is none the
    server waits up to `time_wait` seconds before answering an empty list. Only NORMAL and FIFO
    queues with `redrive_policy` enabled have dead letters. Not idempotent: each call moves what the
    group sees next. Not in the old SDK.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DeadLetter]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
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
) -> Error | list[DeadLetter] | None:
    """Consume up to ten dead letters of a consumer group.

     Answers the group's next dead letters (messages that exceeded the queue's `max_consume_count`),
    each with a `handler` for ack_deadletters, valid for `ack_wait` seconds. When there is none the
    server waits up to `time_wait` seconds before answering an empty list. Only NORMAL and FIFO
    queues with `redrive_policy` enabled have dead letters. Not idempotent: each call moves what the
    group sees next. Not in the old SDK.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DeadLetter]
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        client=client,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
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
) -> Response[Error | list[DeadLetter]]:
    """Consume up to ten dead letters of a consumer group.

     Answers the group's next dead letters (messages that exceeded the queue's `max_consume_count`),
    each with a `handler` for ack_deadletters, valid for `ack_wait` seconds. When there is none the
    server waits up to `time_wait` seconds before answering an empty list. Only NORMAL and FIFO
    queues with `redrive_policy` enabled have dead letters. Not idempotent: each call moves what the
    group sees next. Not in the old SDK.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[DeadLetter]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        max_msgs=max_msgs,
        time_wait=time_wait,
        ack_wait=ack_wait,
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
) -> Error | list[DeadLetter] | None:
    """Consume up to ten dead letters of a consumer group.

     Answers the group's next dead letters (messages that exceeded the queue's `max_consume_count`),
    each with a `handler` for ack_deadletters, valid for `ack_wait` seconds. When there is none the
    server waits up to `time_wait` seconds before answering an empty list. Only NORMAL and FIFO
    queues with `redrive_policy` enabled have dead letters. Not idempotent: each call moves what the
    group sees next. Not in the old SDK.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):
        max_msgs (int | Unset):  Default: 10.
        time_wait (int | Unset):  Default: 3.
        ack_wait (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[DeadLetter]
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
        )
    ).parsed
