from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flavor_list import FlavorList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    if not isinstance(x_roles, Unset):
        headers["X-Roles"] = x_roles

    params: dict[str, Any] = {}

    params["marker"] = marker

    params["limit"] = limit

    params["detailed"] = detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/flavors",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | FlavorList | None:
    if response.status_code == 200:
        response_200 = FlavorList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | FlavorList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Error | FlavorList]:
    """List the project's flavors, sorted by name (admin only, pooling servers).

     Pages through the flavors with `marker`/`limit` as `list_pools` does; each flavor names its pools
    (`pool_list`, left out when it has none) and, with `detailed=true`, its capabilities.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlavorList]
    """

    kwargs = _get_kwargs(
        marker=marker,
        limit=limit,
        detailed=detailed,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Error | FlavorList | None:
    """List the project's flavors, sorted by name (admin only, pooling servers).

     Pages through the flavors with `marker`/`limit` as `list_pools` does; each flavor names its pools
    (`pool_list`, left out when it has none) and, with `detailed=true`, its capabilities.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlavorList
    """

    return sync_detailed(
        client=client,
        marker=marker,
        limit=limit,
        detailed=detailed,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Error | FlavorList]:
    """List the project's flavors, sorted by name (admin only, pooling servers).

     Pages through the flavors with `marker`/`limit` as `list_pools` does; each flavor names its pools
    (`pool_list`, left out when it has none) and, with `detailed=true`, its capabilities.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FlavorList]
    """

    kwargs = _get_kwargs(
        marker=marker,
        limit=limit,
        detailed=detailed,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    marker: str | Unset = UNSET,
    limit: int | Unset = 10,
    detailed: bool | Unset = False,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Error | FlavorList | None:
    """List the project's flavors, sorted by name (admin only, pooling servers).

     Pages through the flavors with `marker`/`limit` as `list_pools` does; each flavor names its pools
    (`pool_list`, left out when it has none) and, with `detailed=true`, its capabilities.

    Args:
        marker (str | Unset):
        limit (int | Unset):  Default: 10.
        detailed (bool | Unset):  Default: False.
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FlavorList
    """

    return (
        await asyncio_detailed(
            client=client,
            marker=marker,
            limit=limit,
            detailed=detailed,
            client_id=client_id,
            x_project_id=x_project_id,
            x_roles=x_roles,
        )
    ).parsed
