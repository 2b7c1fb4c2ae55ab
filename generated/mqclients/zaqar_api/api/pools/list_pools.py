from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pool_list import PoolList
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
        "url": "/v2/pools",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PoolList | None:
    if response.status_code == 200:
        response_200 = PoolList.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | PoolList]:
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
) -> Response[Error | PoolList]:
    """List the registered storage pools, sorted by name (admin only, pooling servers).

     Pages through the pools with `marker`/`limit`, like `list_queues`: while a page is not empty it
    carries a `next` link whose href repeats the query with `marker` set to the page's last pool name;
    the page after the last pool is empty. Exists only on a server with `pooling = True` and a
    sqlalchemy or mongodb management store (404 otherwise); needs the `admin` role (403 otherwise).

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
        Response[Error | PoolList]
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
) -> Error | PoolList | None:
    """List the registered storage pools, sorted by name (admin only, pooling servers).

     Pages through the pools with `marker`/`limit`, like `list_queues`: while a page is not empty it
    carries a `next` link whose href repeats the query with `marker` set to the page's last pool name;
    the page after the last pool is empty. Exists only on a server with `pooling = True` and a
    sqlalchemy or mongodb management store (404 otherwise); needs the `admin` role (403 otherwise).

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
        Error | PoolList
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
) -> Response[Error | PoolList]:
    """List the registered storage pools, sorted by name (admin only, pooling servers).

     Pages through the pools with `marker`/`limit`, like `list_queues`: while a page is not empty it
    carries a `next` link whose href repeats the query with `marker` set to the page's last pool name;
    the page after the last pool is empty. Exists only on a server with `pooling = True` and a
    sqlalchemy or mongodb management store (404 otherwise); needs the `admin` role (403 otherwise).

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
        Response[Error | PoolList]
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
) -> Error | PoolList | None:
    """List the registered storage pools, sorted by name (admin only, pooling servers).

     Pages through the pools with `marker`/`limit`, like `list_queues`: while a page is not empty it
    carries a `next` link whose href repeats the query with `marker` set to the page's last pool name;
    the page after the last pool is empty. Exists only on a server with `pooling = True` and a
    sqlalchemy or mongodb management store (404 otherwise); needs the `admin` role (403 otherwise).

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
        Error | PoolList
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
