from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_topic_request import CreateTopicRequest
from ...models.create_topic_response import CreateTopicResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTopicRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#CreateTopic",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CreateTopicResponse | None:
    if response.status_code == 200:
        response_200 = CreateTopicResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CreateTopicResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopicRequest,
) -> Response[CreateTopicResponse]:
    """Create a topic.

     Creates a topic and answers its id (the other actions address topics by name). `filterType` chooses,
    once and for all, whether subscriptions filter messages by tag or by routing key. An account holds
    at
    most 1000 topics (4450); an existing name answers 4460; re-creating a name within about 10 seconds
    of
    deleting it answers 6040.

    Args:
        body (CreateTopicRequest): CreateTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTopicResponse]
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
    body: CreateTopicRequest,
) -> CreateTopicResponse | None:
    """Create a topic.

     Creates a topic and answers its id (the other actions address topics by name). `filterType` chooses,
    once and for all, whether subscriptions filter messages by tag or by routing key. An account holds
    at
    most 1000 topics (4450); an existing name answers 4460; re-creating a name within about 10 seconds
    of
    deleting it answers 6040.

    Args:
        body (CreateTopicRequest): CreateTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTopicResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopicRequest,
) -> Response[CreateTopicResponse]:
    """Create a topic.

     Creates a topic and answers its id (the other actions address topics by name). `filterType` chooses,
    once and for all, whether subscriptions filter messages by tag or by routing key. An account holds
    at
    most 1000 topics (4450); an existing name answers 4460; re-creating a name within about 10 seconds
    of
    deleting it answers 6040.

    Args:
        body (CreateTopicRequest): CreateTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTopicResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTopicRequest,
) -> CreateTopicResponse | None:
    """Create a topic.

     Creates a topic and answers its id (the other actions address topics by name). `filterType` chooses,
    once and for all, whether subscriptions filter messages by tag or by routing key. An account holds
    at
    most 1000 topics (4450); an existing name answers 4460; re-creating a name within about 10 seconds
    of
    deleting it answers 6040.

    Args:
        body (CreateTopicRequest): CreateTopic's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTopicResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
