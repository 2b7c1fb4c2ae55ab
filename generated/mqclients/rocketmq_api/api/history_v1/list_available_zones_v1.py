from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.v1_available_zone_list import V1AvailableZoneList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/availableZones",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V1AvailableZoneList:
    if response.status_code == 200:
        response_200 = V1AvailableZoneList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | V1AvailableZoneList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | V1AvailableZoneList]:
    """List the region's availability zones (history API v1.0).

     Answers the availability zones of the endpoint's region with whether each has resources. The path
    has no project id. Part of the history API v1.0 (002 §8.1: the doc files it under "history API"
    without calling it deprecated or not recommended); chapter 5 holds the current calls. No official
    SDK has this call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1AvailableZoneList]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Error | V1AvailableZoneList | None:
    """List the region's availability zones (history API v1.0).

     Answers the availability zones of the endpoint's region with whether each has resources. The path
    has no project id. Part of the history API v1.0 (002 §8.1: the doc files it under "history API"
    without calling it deprecated or not recommended); chapter 5 holds the current calls. No official
    SDK has this call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1AvailableZoneList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | V1AvailableZoneList]:
    """List the region's availability zones (history API v1.0).

     Answers the availability zones of the endpoint's region with whether each has resources. The path
    has no project id. Part of the history API v1.0 (002 §8.1: the doc files it under "history API"
    without calling it deprecated or not recommended); chapter 5 holds the current calls. No official
    SDK has this call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1AvailableZoneList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Error | V1AvailableZoneList | None:
    """List the region's availability zones (history API v1.0).

     Answers the availability zones of the endpoint's region with whether each has resources. The path
    has no project id. Part of the history API v1.0 (002 §8.1: the doc files it under "history API"
    without calling it deprecated or not recommended); chapter 5 holds the current calls. No official
    SDK has this call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1AvailableZoneList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
