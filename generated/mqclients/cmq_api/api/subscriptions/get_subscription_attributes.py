from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_subscription_attributes_request import GetSubscriptionAttributesRequest
from ...models.get_subscription_attributes_response import GetSubscriptionAttributesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetSubscriptionAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#GetSubscriptionAttributes",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetSubscriptionAttributesResponse | None:
    if response.status_code == 200:
        response_200 = GetSubscriptionAttributesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetSubscriptionAttributesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubscriptionAttributesRequest,
) -> Response[GetSubscriptionAttributesResponse]:
    """Get a subscription's settings and pending deliveries.

     Answers where the subscription delivers, how it retries and filters, and how many deliveries are
    pending.

    Args:
        body (GetSubscriptionAttributesRequest): GetSubscriptionAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionAttributesResponse]
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
    body: GetSubscriptionAttributesRequest,
) -> GetSubscriptionAttributesResponse | None:
    """Get a subscription's settings and pending deliveries.

     Answers where the subscription delivers, how it retries and filters, and how many deliveries are
    pending.

    Args:
        body (GetSubscriptionAttributesRequest): GetSubscriptionAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionAttributesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubscriptionAttributesRequest,
) -> Response[GetSubscriptionAttributesResponse]:
    """Get a subscription's settings and pending deliveries.

     Answers where the subscription delivers, how it retries and filters, and how many deliveries are
    pending.

    Args:
        body (GetSubscriptionAttributesRequest): GetSubscriptionAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetSubscriptionAttributesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSubscriptionAttributesRequest,
) -> GetSubscriptionAttributesResponse | None:
    """Get a subscription's settings and pending deliveries.

     Answers where the subscription delivers, how it retries and filters, and how many deliveries are
    pending.

    Args:
        body (GetSubscriptionAttributesRequest): GetSubscriptionAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetSubscriptionAttributesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
