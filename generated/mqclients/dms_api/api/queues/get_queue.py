from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue import Queue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    queue_id: str,
    *,
    include_deadletter: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_deadletter"] = include_deadletter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/{project_id}/queues/{queue_id}".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Queue | None:
    if response.status_code == 200:
        response_200 = Queue.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Queue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
) -> Response[Error | Queue]:
    """Get one queue.

     Answers the queue's settings and counters; a Kafka queue also answers its Kafka topic.

    Args:
        project_id (str):
        queue_id (str):
        include_deadletter (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Queue]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        include_deadletter=include_deadletter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
) -> Error | Queue | None:
    """Get one queue.

     Answers the queue's settings and counters; a Kafka queue also answers its Kafka topic.

    Args:
        project_id (str):
        queue_id (str):
        include_deadletter (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Queue
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        client=client,
        include_deadletter=include_deadletter,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
) -> Response[Error | Queue]:
    """Get one queue.

     Answers the queue's settings and counters; a Kafka queue also answers its Kafka topic.

    Args:
        project_id (str):
        queue_id (str):
        include_deadletter (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Queue]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        include_deadletter=include_deadletter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_deadletter: bool | Unset = False,
) -> Error | Queue | None:
    """Get one queue.

     Answers the queue's settings and counters; a Kafka queue also answers its Kafka topic.

    Args:
        project_id (str):
        queue_id (str):
        include_deadletter (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Queue
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            client=client,
            include_deadletter=include_deadletter,
        )
    ).parsed
