from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destroy_queue_request import DestroyQueueRequest
from ...models.destroy_queue_response import DestroyQueueResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DestroyQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.destroy_queue",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DestroyQueueResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DestroyQueueResponse.from_dict(response.json())

        return response_200

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DestroyQueueResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DestroyQueueRequest,
) -> Response[DestroyQueueResponse | ErrorResponse]:
    """Delete a queue.

     Deletes the queue. A queue that still holds elements (waiting or in flight) is deleted only with
    `force` true, its elements with it (their later `ack`s answer 1111600009); without `force` it
    answers code 1111600008 and nothing changes. The server also accepts the document's spelling
    of the method, `qm.destory_queue`.

    Args:
        body (DestroyQueueRequest): The JSON-RPC 2.0 request for `qm.destroy_queue`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyQueueResponse | ErrorResponse]
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
    body: DestroyQueueRequest,
) -> DestroyQueueResponse | ErrorResponse | None:
    """Delete a queue.

     Deletes the queue. A queue that still holds elements (waiting or in flight) is deleted only with
    `force` true, its elements with it (their later `ack`s answer 1111600009); without `force` it
    answers code 1111600008 and nothing changes. The server also accepts the document's spelling
    of the method, `qm.destory_queue`.

    Args:
        body (DestroyQueueRequest): The JSON-RPC 2.0 request for `qm.destroy_queue`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyQueueResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DestroyQueueRequest,
) -> Response[DestroyQueueResponse | ErrorResponse]:
    """Delete a queue.

     Deletes the queue. A queue that still holds elements (waiting or in flight) is deleted only with
    `force` true, its elements with it (their later `ack`s answer 1111600009); without `force` it
    answers code 1111600008 and nothing changes. The server also accepts the document's spelling
    of the method, `qm.destory_queue`.

    Args:
        body (DestroyQueueRequest): The JSON-RPC 2.0 request for `qm.destroy_queue`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DestroyQueueResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DestroyQueueRequest,
) -> DestroyQueueResponse | ErrorResponse | None:
    """Delete a queue.

     Deletes the queue. A queue that still holds elements (waiting or in flight) is deleted only with
    `force` true, its elements with it (their later `ack`s answer 1111600009); without `force` it
    answers code 1111600008 and nothing changes. The server also accepts the document's spelling
    of the method, `qm.destory_queue`.

    Args:
        body (DestroyQueueRequest): The JSON-RPC 2.0 request for `qm.destroy_queue`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DestroyQueueResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
