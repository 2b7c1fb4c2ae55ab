from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_queue_request import ListQueueRequest
from ...models.list_queue_response import ListQueueResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ListQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#ListQueue",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListQueueResponse | None:
    if response.status_code == 200:
        response_200 = ListQueueResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListQueueResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListQueueRequest,
) -> Response[ListQueueResponse]:
    """List the account's queues, a page at a time.

     Answers one page of the queues whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListQueueRequest): ListQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListQueueResponse]
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
    body: ListQueueRequest,
) -> ListQueueResponse | None:
    """List the account's queues, a page at a time.

     Answers one page of the queues whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListQueueRequest): ListQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListQueueResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListQueueRequest,
) -> Response[ListQueueResponse]:
    """List the account's queues, a page at a time.

     Answers one page of the queues whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListQueueRequest): ListQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListQueueResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListQueueRequest,
) -> ListQueueResponse | None:
    """List the account's queues, a page at a time.

     Answers one page of the queues whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListQueueRequest): ListQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListQueueResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
