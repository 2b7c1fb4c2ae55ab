from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_queue_request import CreateQueueRequest
from ...models.create_queue_response import CreateQueueResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#CreateQueue",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateQueueResponse | None:
    if response.status_code == 200:
        response_200 = CreateQueueResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateQueueResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Response[CreateQueueResponse]:
    """Create a queue.

     Creates a queue with the given settings and answers its id. An account holds at most 1000 queues
    (code 4450); an existing name answers 4460; re-creating a name within about 10 seconds of deleting
    it
    answers 6040. Every setting left out takes the server's default.

    Args:
        body (CreateQueueRequest): CreateQueue's parameters; every setting left out takes the
            server's default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateQueueResponse]
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
    body: CreateQueueRequest,
) -> CreateQueueResponse | None:
    """Create a queue.

     Creates a queue with the given settings and answers its id. An account holds at most 1000 queues
    (code 4450); an existing name answers 4460; re-creating a name within about 10 seconds of deleting
    it
    answers 6040. Every setting left out takes the server's default.

    Args:
        body (CreateQueueRequest): CreateQueue's parameters; every setting left out takes the
            server's default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateQueueResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> Response[CreateQueueResponse]:
    """Create a queue.

     Creates a queue with the given settings and answers its id. An account holds at most 1000 queues
    (code 4450); an existing name answers 4460; re-creating a name within about 10 seconds of deleting
    it
    answers 6040. Every setting left out takes the server's default.

    Args:
        body (CreateQueueRequest): CreateQueue's parameters; every setting left out takes the
            server's default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateQueueResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateQueueRequest,
) -> CreateQueueResponse | None:
    """Create a queue.

     Creates a queue with the given settings and answers its id. An account holds at most 1000 queues
    (code 4450); an existing name answers 4460; re-creating a name within about 10 seconds of deleting
    it
    answers 6040. Every setting left out takes the server's default.

    Args:
        body (CreateQueueRequest): CreateQueue's parameters; every setting left out takes the
            server's default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateQueueResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
