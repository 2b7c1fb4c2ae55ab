from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_topic_attributes_request import GetTopicAttributesRequest
from ...models.get_topic_attributes_response import GetTopicAttributesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetTopicAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#GetTopicAttributes",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTopicAttributesResponse | None:
    if response.status_code == 200:
        response_200 = GetTopicAttributesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTopicAttributesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTopicAttributesRequest,
) -> Response[GetTopicAttributesResponse]:
    """Get a topic's settings and backlog.

     Answers the topic's settings, timestamps, filter type and backlog. A missing topic answers 4440.

    Args:
        body (GetTopicAttributesRequest): GetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTopicAttributesResponse]
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
    body: GetTopicAttributesRequest,
) -> GetTopicAttributesResponse | None:
    """Get a topic's settings and backlog.

     Answers the topic's settings, timestamps, filter type and backlog. A missing topic answers 4440.

    Args:
        body (GetTopicAttributesRequest): GetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTopicAttributesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTopicAttributesRequest,
) -> Response[GetTopicAttributesResponse]:
    """Get a topic's settings and backlog.

     Answers the topic's settings, timestamps, filter type and backlog. A missing topic answers 4440.

    Args:
        body (GetTopicAttributesRequest): GetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTopicAttributesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTopicAttributesRequest,
) -> GetTopicAttributesResponse | None:
    """Get a topic's settings and backlog.

     Answers the topic's settings, timestamps, filter type and backlog. A missing topic answers 4440.

    Args:
        body (GetTopicAttributesRequest): GetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTopicAttributesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
