from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.clear_subscription_filter_tags_request import ClearSubscriptionFilterTagsRequest
from ...models.clear_subscription_filter_tags_response import ClearSubscriptionFilterTagsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ClearSubscriptionFilterTagsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#ClearSubscriptionFilterTags",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClearSubscriptionFilterTagsResponse | None:
    if response.status_code == 200:
        response_200 = ClearSubscriptionFilterTagsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClearSubscriptionFilterTagsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClearSubscriptionFilterTagsRequest,
) -> Response[ClearSubscriptionFilterTagsResponse]:
    """Remove every filter tag of a subscription.

     Removes the subscription's filter tags, so that it receives every message of the topic again. The
    Java
    SDK (and its Go port) send this action misspelt `ClearSUbscriptionFIlterTags`; the Python SDK and
    this
    client send the spelling of the API page.

    Args:
        body (ClearSubscriptionFilterTagsRequest): ClearSubscriptionFilterTags' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClearSubscriptionFilterTagsResponse]
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
    body: ClearSubscriptionFilterTagsRequest,
) -> ClearSubscriptionFilterTagsResponse | None:
    """Remove every filter tag of a subscription.

     Removes the subscription's filter tags, so that it receives every message of the topic again. The
    Java
    SDK (and its Go port) send this action misspelt `ClearSUbscriptionFIlterTags`; the Python SDK and
    this
    client send the spelling of the API page.

    Args:
        body (ClearSubscriptionFilterTagsRequest): ClearSubscriptionFilterTags' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClearSubscriptionFilterTagsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClearSubscriptionFilterTagsRequest,
) -> Response[ClearSubscriptionFilterTagsResponse]:
    """Remove every filter tag of a subscription.

     Removes the subscription's filter tags, so that it receives every message of the topic again. The
    Java
    SDK (and its Go port) send this action misspelt `ClearSUbscriptionFIlterTags`; the Python SDK and
    this
    client send the spelling of the API page.

    Args:
        body (ClearSubscriptionFilterTagsRequest): ClearSubscriptionFilterTags' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClearSubscriptionFilterTagsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClearSubscriptionFilterTagsRequest,
) -> ClearSubscriptionFilterTagsResponse | None:
    """Remove every filter tag of a subscription.

     Removes the subscription's filter tags, so that it receives every message of the topic again. The
    Java
    SDK (and its Go port) send this action misspelt `ClearSUbscriptionFIlterTags`; the Python SDK and
    this
    client send the spelling of the API page.

    Args:
        body (ClearSubscriptionFilterTagsRequest): ClearSubscriptionFilterTags' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClearSubscriptionFilterTagsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
