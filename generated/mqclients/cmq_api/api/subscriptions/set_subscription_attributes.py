from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_subscription_attributes_request import SetSubscriptionAttributesRequest
from ...models.set_subscription_attributes_response import SetSubscriptionAttributesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetSubscriptionAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#SetSubscriptionAttributes",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetSubscriptionAttributesResponse | None:
    if response.status_code == 200:
        response_200 = SetSubscriptionAttributesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetSubscriptionAttributesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetSubscriptionAttributesRequest,
) -> Response[SetSubscriptionAttributesResponse]:
    """Change how a subscription retries, formats and filters.

     Changes the settings given and leaves the others as they are. Setting the same values again has the
    same effect, so the call is retried like a read. Filter tags given here replace the subscription's
    tags (ClearSubscriptionFilterTags removes them all).

    Args:
        body (SetSubscriptionAttributesRequest): SetSubscriptionAttributes' parameters; the
            settings left out keep their value (no defaults here on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetSubscriptionAttributesResponse]
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
    body: SetSubscriptionAttributesRequest,
) -> SetSubscriptionAttributesResponse | None:
    """Change how a subscription retries, formats and filters.

     Changes the settings given and leaves the others as they are. Setting the same values again has the
    same effect, so the call is retried like a read. Filter tags given here replace the subscription's
    tags (ClearSubscriptionFilterTags removes them all).

    Args:
        body (SetSubscriptionAttributesRequest): SetSubscriptionAttributes' parameters; the
            settings left out keep their value (no defaults here on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetSubscriptionAttributesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetSubscriptionAttributesRequest,
) -> Response[SetSubscriptionAttributesResponse]:
    """Change how a subscription retries, formats and filters.

     Changes the settings given and leaves the others as they are. Setting the same values again has the
    same effect, so the call is retried like a read. Filter tags given here replace the subscription's
    tags (ClearSubscriptionFilterTags removes them all).

    Args:
        body (SetSubscriptionAttributesRequest): SetSubscriptionAttributes' parameters; the
            settings left out keep their value (no defaults here on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetSubscriptionAttributesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetSubscriptionAttributesRequest,
) -> SetSubscriptionAttributesResponse | None:
    """Change how a subscription retries, formats and filters.

     Changes the settings given and leaves the others as they are. Setting the same values again has the
    same effect, so the call is retried like a read. Filter tags given here replace the subscription's
    tags (ClearSubscriptionFilterTags removes them all).

    Args:
        body (SetSubscriptionAttributesRequest): SetSubscriptionAttributes' parameters; the
            settings left out keep their value (no defaults here on purpose).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetSubscriptionAttributesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
