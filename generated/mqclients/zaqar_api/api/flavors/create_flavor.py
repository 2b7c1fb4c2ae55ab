from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.flavor_create import FlavorCreate
from ...types import Response, Unset


def _get_kwargs(
    flavor_name: str,
    *,
    body: FlavorCreate,
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
        "url": "/v2/flavors/{flavor_name}".format(
            flavor_name=quote(str(flavor_name), safe=""),
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
    flavor_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlavorCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Create a flavor over existing pools (admin only, pooling servers).

     Groups the pools in `pool_list` (at least one, each registered, else 400) under the flavor name;
    queues created with `_flavor` set to it are placed in one of them. The flavor's capabilities are
    the first pool's store's; `capabilities` in the body is accepted and not used.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (FlavorCreate): A flavor to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        flavor_name=flavor_name,
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
    flavor_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlavorCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Create a flavor over existing pools (admin only, pooling servers).

     Groups the pools in `pool_list` (at least one, each registered, else 400) under the flavor name;
    queues created with `_flavor` set to it are placed in one of them. The flavor's capabilities are
    the first pool's store's; `capabilities` in the body is accepted and not used.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (FlavorCreate): A flavor to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        flavor_name=flavor_name,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    ).parsed


async def asyncio_detailed(
    flavor_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlavorCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Create a flavor over existing pools (admin only, pooling servers).

     Groups the pools in `pool_list` (at least one, each registered, else 400) under the flavor name;
    queues created with `_flavor` set to it are placed in one of them. The flavor's capabilities are
    the first pool's store's; `capabilities` in the body is accepted and not used.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (FlavorCreate): A flavor to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        flavor_name=flavor_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    flavor_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: FlavorCreate,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Create a flavor over existing pools (admin only, pooling servers).

     Groups the pools in `pool_list` (at least one, each registered, else 400) under the flavor name;
    queues created with `_flavor` set to it are placed in one of them. The flavor's capabilities are
    the first pool's store's; `capabilities` in the body is accepted and not used.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.
        body (FlavorCreate): A flavor to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            flavor_name=flavor_name,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
            x_roles=x_roles,
        )
    ).parsed
