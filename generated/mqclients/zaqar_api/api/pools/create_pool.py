from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pool_create import PoolCreate
from ...types import Response, Unset


def _get_kwargs(
    pool_name: str,
    *,
    body: PoolCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    if not isinstance(x_roles, Unset):
        headers["X-Roles"] = x_roles

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/pools/{pool_name}".format(
            pool_name=quote(str(pool_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PoolCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Register (or replace) a storage pool (admin only, pooling servers).

     Registers the message store at `uri` under the name, with a `weight` for placing new queues. The
    server first connects to the store (400 "cannot connect" when it cannot). Putting an existing
    name again replaces it (201 again). Each pool needs its own `uri`: two pools cannot share one.

    Args:
        pool_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (PoolCreate): A pool to register.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PoolCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Register (or replace) a storage pool (admin only, pooling servers).

     Registers the message store at `uri` under the name, with a `weight` for placing new queues. The
    server first connects to the store (400 "cannot connect" when it cannot). Putting an existing
    name again replaces it (201 again). Each pool needs its own `uri`: two pools cannot share one.

    Args:
        pool_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (PoolCreate): A pool to register.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        pool_name=pool_name,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    ).parsed


async def asyncio_detailed(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PoolCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Register (or replace) a storage pool (admin only, pooling servers).

     Registers the message store at `uri` under the name, with a `weight` for placing new queues. The
    server first connects to the store (400 "cannot connect" when it cannot). Putting an existing
    name again replaces it (201 again). Each pool needs its own `uri`: two pools cannot share one.

    Args:
        pool_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (PoolCreate): A pool to register.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        pool_name=pool_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PoolCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Register (or replace) a storage pool (admin only, pooling servers).

     Registers the message store at `uri` under the name, with a `weight` for placing new queues. The
    server first connects to the store (400 "cannot connect" when it cannot). Putting an existing
    name again replaces it (201 again). Each pool needs its own `uri`: two pools cannot share one.

    Args:
        pool_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (PoolCreate): A pool to register.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            pool_name=pool_name,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
            x_roles=x_roles,
        )
    ).parsed
