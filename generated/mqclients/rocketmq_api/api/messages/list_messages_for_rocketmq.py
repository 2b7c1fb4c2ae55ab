from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_messages_for_rocket_mq_response import ListMessagesForRocketMqResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    end_time: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    queue: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    topic: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["end_time"] = end_time

    params["key"] = key

    params["limit"] = limit

    params["msg_id"] = msg_id

    params["offset"] = offset

    params["queue"] = queue

    params["start_time"] = start_time

    params["topic"] = topic

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/rocketmq/instances/{instance_id}/messages".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ListMessagesForRocketMqResponse:
    if response.status_code == 200:
        response_200 = ListMessagesForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ListMessagesForRocketMqResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    end_time: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    queue: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    topic: str,
) -> Response[Error | ListMessagesForRocketMqResponse]:
    """Search the messages of a topic (engine-less path).

     The same search as `list_messages`, on the /v2/{project_id}/rocketmq/... path, paged with
    offset/limit; this SDK version also sends `queue`.

    Args:
        project_id (str):
        instance_id (str):
        end_time (str | Unset):
        key (str | Unset):
        limit (int | Unset):
        msg_id (str | Unset):
        offset (int | Unset):
        queue (str | Unset):
        start_time (str | Unset):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMessagesForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        end_time=end_time,
        key=key,
        limit=limit,
        msg_id=msg_id,
        offset=offset,
        queue=queue,
        start_time=start_time,
        topic=topic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    end_time: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    queue: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    topic: str,
) -> Error | ListMessagesForRocketMqResponse | None:
    """Search the messages of a topic (engine-less path).

     The same search as `list_messages`, on the /v2/{project_id}/rocketmq/... path, paged with
    offset/limit; this SDK version also sends `queue`.

    Args:
        project_id (str):
        instance_id (str):
        end_time (str | Unset):
        key (str | Unset):
        limit (int | Unset):
        msg_id (str | Unset):
        offset (int | Unset):
        queue (str | Unset):
        start_time (str | Unset):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMessagesForRocketMqResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        end_time=end_time,
        key=key,
        limit=limit,
        msg_id=msg_id,
        offset=offset,
        queue=queue,
        start_time=start_time,
        topic=topic,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    end_time: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    queue: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    topic: str,
) -> Response[Error | ListMessagesForRocketMqResponse]:
    """Search the messages of a topic (engine-less path).

     The same search as `list_messages`, on the /v2/{project_id}/rocketmq/... path, paged with
    offset/limit; this SDK version also sends `queue`.

    Args:
        project_id (str):
        instance_id (str):
        end_time (str | Unset):
        key (str | Unset):
        limit (int | Unset):
        msg_id (str | Unset):
        offset (int | Unset):
        queue (str | Unset):
        start_time (str | Unset):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListMessagesForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        end_time=end_time,
        key=key,
        limit=limit,
        msg_id=msg_id,
        offset=offset,
        queue=queue,
        start_time=start_time,
        topic=topic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    end_time: str | Unset = UNSET,
    key: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    offset: int | Unset = UNSET,
    queue: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    topic: str,
) -> Error | ListMessagesForRocketMqResponse | None:
    """Search the messages of a topic (engine-less path).

     The same search as `list_messages`, on the /v2/{project_id}/rocketmq/... path, paged with
    offset/limit; this SDK version also sends `queue`.

    Args:
        project_id (str):
        instance_id (str):
        end_time (str | Unset):
        key (str | Unset):
        limit (int | Unset):
        msg_id (str | Unset):
        offset (int | Unset):
        queue (str | Unset):
        start_time (str | Unset):
        topic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListMessagesForRocketMqResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            end_time=end_time,
            key=key,
            limit=limit,
            msg_id=msg_id,
            offset=offset,
            queue=queue,
            start_time=start_time,
            topic=topic,
        )
    ).parsed
