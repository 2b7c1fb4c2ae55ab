from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscribe_request import SubscribeRequest
from ...models.subscribe_response import SubscribeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#Subscribe",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubscribeResponse | None:
    if response.status_code == 200:
        response_200 = SubscribeResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubscribeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscribeRequest,
) -> Response[SubscribeResponse]:
    """Subscribe an HTTP endpoint or a queue to a topic.

     Creates a subscription that pushes the topic's messages to an HTTP(S) URL (`protocol` http) or into
    a
    queue of the same account (`protocol` queue, which needs `notifyContentFormat` SIMPLIFIED: 4000,
    module 10640 otherwise). A topic holds at most 100 subscriptions (4500); an existing name answers
    4490; a URL with blanks 4510; more than 5 filter tags or binding keys 6050 (or 4000).

    Args:
        body (SubscribeRequest): Subscribe's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscribeResponse]
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
    body: SubscribeRequest,
) -> SubscribeResponse | None:
    """Subscribe an HTTP endpoint or a queue to a topic.

     Creates a subscription that pushes the topic's messages to an HTTP(S) URL (`protocol` http) or into
    a
    queue of the same account (`protocol` queue, which needs `notifyContentFormat` SIMPLIFIED: 4000,
    module 10640 otherwise). A topic holds at most 100 subscriptions (4500); an existing name answers
    4490; a URL with blanks 4510; more than 5 filter tags or binding keys 6050 (or 4000).

    Args:
        body (SubscribeRequest): Subscribe's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscribeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscribeRequest,
) -> Response[SubscribeResponse]:
    """Subscribe an HTTP endpoint or a queue to a topic.

     Creates a subscription that pushes the topic's messages to an HTTP(S) URL (`protocol` http) or into
    a
    queue of the same account (`protocol` queue, which needs `notifyContentFormat` SIMPLIFIED: 4000,
    module 10640 otherwise). A topic holds at most 100 subscriptions (4500); an existing name answers
    4490; a URL with blanks 4510; more than 5 filter tags or binding keys 6050 (or 4000).

    Args:
        body (SubscribeRequest): Subscribe's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscribeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubscribeRequest,
) -> SubscribeResponse | None:
    """Subscribe an HTTP endpoint or a queue to a topic.

     Creates a subscription that pushes the topic's messages to an HTTP(S) URL (`protocol` http) or into
    a
    queue of the same account (`protocol` queue, which needs `notifyContentFormat` SIMPLIFIED: 4000,
    module 10640 otherwise). A topic holds at most 100 subscriptions (4500); an existing name answers
    4490; a URL with blanks 4510; more than 5 filter tags or binding keys 6050 (or 4000).

    Args:
        body (SubscribeRequest): Subscribe's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscribeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
