from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1.0/{project_id}/queues/{queue_id}/groups/{consumer_group_id}".format(
            project_id=quote(str(project_id), safe=""),
            queue_id=quote(str(queue_id), safe=""),
            consumer_group_id=quote(str(consumer_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
) -> Response[Any | Error]:
    """Delete one consumer group of a queue.

     Deletes the consumer group and answers 204 with no body. huaweicloudsdkdms names this call
    `delete_specified_consumer_group` (its path variable is `group_id`); the old SDK `delete_group`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
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
) -> Any | Error | None:
    """Delete one consumer group of a queue.

     Deletes the consumer group and answers 204 with no body. huaweicloudsdkdms names this call
    `delete_specified_consumer_group` (its path variable is `group_id`); the old SDK `delete_group`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Delete one consumer group of a queue.

     Deletes the consumer group and answers 204 with no body. huaweicloudsdkdms names this call
    `delete_specified_consumer_group` (its path variable is `group_id`); the old SDK `delete_group`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        queue_id=queue_id,
        consumer_group_id=consumer_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    queue_id: str,
    consumer_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Delete one consumer group of a queue.

     Deletes the consumer group and answers 204 with no body. huaweicloudsdkdms names this call
    `delete_specified_consumer_group` (its path variable is `group_id`); the old SDK `delete_group`.

    Args:
        project_id (str):
        queue_id (str):
        consumer_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            queue_id=queue_id,
            consumer_group_id=consumer_group_id,
            client=client,
        )
    ).parsed
