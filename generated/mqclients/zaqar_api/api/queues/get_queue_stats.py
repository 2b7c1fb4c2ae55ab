from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_stats import QueueStats
from ...types import Response


def _get_kwargs(
    queue_name: str,
    *,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queues/{queue_name}/stats".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | QueueStats | None:
    if response.status_code == 200:
        response_200 = QueueStats.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | QueueStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Error | QueueStats]:
    """Get message counts of a queue, with its oldest and newest message.

     Answers the number of free, claimed and total messages. When the queue holds messages, `oldest`
    and `newest` describe the first and last message. A queue that does not exist answers 200 with
    all counts 0. While the queue holds a claim that expired on its own (redis store), the stats
    answer 503 until `zaqar-gc` removes it; the client raises that 503 at once instead of retrying.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueStats]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Error | QueueStats | None:
    """Get message counts of a queue, with its oldest and newest message.

     Answers the number of free, claimed and total messages. When the queue holds messages, `oldest`
    and `newest` describe the first and last message. A queue that does not exist answers 200 with
    all counts 0. While the queue holds a claim that expired on its own (redis store), the stats
    answer 503 until `zaqar-gc` removes it; the client raises that 503 at once instead of retrying.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueStats
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Error | QueueStats]:
    """Get message counts of a queue, with its oldest and newest message.

     Answers the number of free, claimed and total messages. When the queue holds messages, `oldest`
    and `newest` describe the first and last message. A queue that does not exist answers 200 with
    all counts 0. While the queue holds a claim that expired on its own (redis store), the stats
    answer 503 until `zaqar-gc` removes it; the client raises that 503 at once instead of retrying.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueueStats]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Error | QueueStats | None:
    """Get message counts of a queue, with its oldest and newest message.

     Answers the number of free, claimed and total messages. When the queue holds messages, `oldest`
    and `newest` describe the first and last message. A queue that does not exist answers 200 with
    all counts 0. While the queue holds a claim that expired on its own (redis store), the stats
    answer 503 until `zaqar-gc` removes it; the client raises that 503 at once instead of retrying.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueueStats
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
