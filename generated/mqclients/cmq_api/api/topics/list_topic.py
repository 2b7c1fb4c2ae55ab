from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_topic_request import ListTopicRequest
from ...models.list_topic_response import ListTopicResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ListTopicRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#ListTopic",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListTopicResponse | None:
    if response.status_code == 200:
        response_200 = ListTopicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListTopicResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListTopicRequest,
) -> Response[ListTopicResponse]:
    """List the account's topics, a page at a time.

     Answers one page of the topics whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListTopicRequest): ListTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTopicResponse]
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
    body: ListTopicRequest,
) -> ListTopicResponse | None:
    """List the account's topics, a page at a time.

     Answers one page of the topics whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListTopicRequest): ListTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTopicResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListTopicRequest,
) -> Response[ListTopicResponse]:
    """List the account's topics, a page at a time.

     Answers one page of the topics whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListTopicRequest): ListTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTopicResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListTopicRequest,
) -> ListTopicResponse | None:
    """List the account's topics, a page at a time.

     Answers one page of the topics whose name matches `searchWord` (all of them without it), with the
    total number of matches. The pager advances `offset` by the items of each page and stops at
    `totalCount`.

    Args:
        body (ListTopicRequest): ListTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTopicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
