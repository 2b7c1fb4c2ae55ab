from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_queue_request import DeleteQueueRequest
from ...models.delete_queue_response import DeleteQueueResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#DeleteQueue",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteQueueResponse | None:
    if response.status_code == 200:
        response_200 = DeleteQueueResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeleteQueueResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteQueueRequest,
) -> Response[DeleteQueueResponse]:
    """Delete a queue and its messages.

     Deletes the queue. Its name can be used again only about 10 seconds later (code 6040 before that). A
    missing queue answers 4440.

    Args:
        body (DeleteQueueRequest): DeleteQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteQueueResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteQueueRequest,
) -> DeleteQueueResponse | None:
    """Delete a queue and its messages.

     Deletes the queue. Its name can be used again only about 10 seconds later (code 6040 before that). A
    missing queue answers 4440.

    Args:
        body (DeleteQueueRequest): DeleteQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteQueueResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteQueueRequest,
) -> Response[DeleteQueueResponse]:
    """Delete a queue and its messages.

     Deletes the queue. Its name can be used again only about 10 seconds later (code 6040 before that). A
    missing queue answers 4440.

    Args:
        body (DeleteQueueRequest): DeleteQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteQueueResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteQueueRequest,
) -> DeleteQueueResponse | None:
    """Delete a queue and its messages.

     Deletes the queue. Its name can be used again only about 10 seconds later (code 6040 before that). A
    missing queue answers 4440.

    Args:
        body (DeleteQueueRequest): DeleteQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteQueueResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
