from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.publish_message_request import PublishMessageRequest
from ...models.publish_message_response import PublishMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PublishMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#PublishMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PublishMessageResponse | None:
    if response.status_code == 200:
        response_200 = PublishMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PublishMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishMessageRequest,
) -> Response[PublishMessageResponse]:
    """Publish one message to a topic.

     Delivers the message to the topic's subscriptions and answers its id. On a tag-filtered topic
    (filterType 1), a subscription without filter tags receives every message, one with filter tags only
    the messages sharing at least one tag, and a message without tags reaches no tag-filtered
    subscription. On a routing-key topic (filterType 2) `routingKey` is required (4000, module 10700)
    and is matched against each subscription's binding keys. A message that matches no subscription, or
    a
    topic without subscriptions, answers 6030.

    Args:
        body (PublishMessageRequest): PublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishMessageResponse]
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
    body: PublishMessageRequest,
) -> PublishMessageResponse | None:
    """Publish one message to a topic.

     Delivers the message to the topic's subscriptions and answers its id. On a tag-filtered topic
    (filterType 1), a subscription without filter tags receives every message, one with filter tags only
    the messages sharing at least one tag, and a message without tags reaches no tag-filtered
    subscription. On a routing-key topic (filterType 2) `routingKey` is required (4000, module 10700)
    and is matched against each subscription's binding keys. A message that matches no subscription, or
    a
    topic without subscriptions, answers 6030.

    Args:
        body (PublishMessageRequest): PublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PublishMessageRequest,
) -> Response[PublishMessageResponse]:
    """Publish one message to a topic.

     Delivers the message to the topic's subscriptions and answers its id. On a tag-filtered topic
    (filterType 1), a subscription without filter tags receives every message, one with filter tags only
    the messages sharing at least one tag, and a message without tags reaches no tag-filtered
    subscription. On a routing-key topic (filterType 2) `routingKey` is required (4000, module 10700)
    and is matched against each subscription's binding keys. A message that matches no subscription, or
    a
    topic without subscriptions, answers 6030.

    Args:
        body (PublishMessageRequest): PublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PublishMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PublishMessageRequest,
) -> PublishMessageResponse | None:
    """Publish one message to a topic.

     Delivers the message to the topic's subscriptions and answers its id. On a tag-filtered topic
    (filterType 1), a subscription without filter tags receives every message, one with filter tags only
    the messages sharing at least one tag, and a message without tags reaches no tag-filtered
    subscription. On a routing-key topic (filterType 2) `routingKey` is required (4000, module 10700)
    and is matched against each subscription's binding keys. A message that matches no subscription, or
    a
    topic without subscriptions, answers 6030.

    Args:
        body (PublishMessageRequest): PublishMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PublishMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
