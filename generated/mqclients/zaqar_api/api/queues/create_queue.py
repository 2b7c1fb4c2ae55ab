from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.queue_metadata import QueueMetadata
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_name: str,
    *,
    body: QueueMetadata | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/queues/{queue_name}".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    body: QueueMetadata | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Create a queue, optionally with metadata.

     Creates the queue and answers 201 with a `Location` header. If the queue already exists the
    server answers 204 and leaves its metadata unchanged (the body is not applied; use update_queue).
    The body, optional, is the queue's metadata: free-form keys plus the reserved keys below, which
    the server checks. The whole body may not exceed `max_queue_metadata` bytes (64 KiB by default).

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (QueueMetadata | Unset): Metadata of a queue: free-form keys of the caller plus the
            reserved keys below, which start
            with `_` and change how the server treats the queue. In answers every reserved key is
            present,
            filled with the server default (or null) when unset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
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
    body: QueueMetadata | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Create a queue, optionally with metadata.

     Creates the queue and answers 201 with a `Location` header. If the queue already exists the
    server answers 204 and leaves its metadata unchanged (the body is not applied; use update_queue).
    The body, optional, is the queue's metadata: free-form keys plus the reserved keys below, which
    the server checks. The whole body may not exceed `max_queue_metadata` bytes (64 KiB by default).

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (QueueMetadata | Unset): Metadata of a queue: free-form keys of the caller plus the
            reserved keys below, which start
            with `_` and change how the server treats the queue. In answers every reserved key is
            present,
            filled with the server default (or null) when unset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueueMetadata | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Create a queue, optionally with metadata.

     Creates the queue and answers 201 with a `Location` header. If the queue already exists the
    server answers 204 and leaves its metadata unchanged (the body is not applied; use update_queue).
    The body, optional, is the queue's metadata: free-form keys plus the reserved keys below, which
    the server checks. The whole body may not exceed `max_queue_metadata` bytes (64 KiB by default).

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (QueueMetadata | Unset): Metadata of a queue: free-form keys of the caller plus the
            reserved keys below, which start
            with `_` and change how the server treats the queue. In answers every reserved key is
            present,
            filled with the server default (or null) when unset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueueMetadata | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Create a queue, optionally with metadata.

     Creates the queue and answers 201 with a `Location` header. If the queue already exists the
    server answers 204 and leaves its metadata unchanged (the body is not applied; use update_queue).
    The body, optional, is the queue's metadata: free-form keys plus the reserved keys below, which
    the server checks. The whole body may not exceed `max_queue_metadata` bytes (64 KiB by default).

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (QueueMetadata | Unset): Metadata of a queue: free-form keys of the caller plus the
            reserved keys below, which start
            with `_` and change how the server treats the queue. In answers every reserved key is
            present,
            filled with the server default (or null) when unset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
