from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.health import Health
from ...types import Response, Unset


def _get_kwargs(
    *,
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
        "method": "get",
        "url": "/v2/health",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Health | None:
    if response.status_code == 200:
        response_200 = Health.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Health]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Error | Health]:
    """Get a detailed health report of the server (admin only).

     Runs a small workload against the storage (create a queue, post, list, claim and delete
    messages, delete the queue) and reports, per step, whether it succeeded and how long it took.
    Exists only when the server runs with `admin_mode = True`; the caller needs the `admin` role
    (`X-Roles: admin` when no Keystone middleware sets it), otherwise 403.

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Health]
    """

    kwargs = _get_kwargs(
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
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Error | Health | None:
    """Get a detailed health report of the server (admin only).

     Runs a small workload against the storage (create a queue, post, list, claim and delete
    messages, delete the queue) and reports, per step, whether it succeeded and how long it took.
    Exists only when the server runs with `admin_mode = True`; the caller needs the `admin` role
    (`X-Roles: admin` when no Keystone middleware sets it), otherwise 403.

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Health
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Error | Health]:
    """Get a detailed health report of the server (admin only).

     Runs a small workload against the storage (create a queue, post, list, claim and delete
    messages, delete the queue) and reports, per step, whether it succeeded and how long it took.
    Exists only when the server runs with `admin_mode = True`; the caller needs the `admin` role
    (`X-Roles: admin` when no Keystone middleware sets it), otherwise 403.

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Health]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Error | Health | None:
    """Get a detailed health report of the server (admin only).

     Runs a small workload against the storage (create a queue, post, list, claim and delete
    messages, delete the queue) and reports, per step, whether it succeeded and how long it took.
    Exists only when the server runs with `admin_mode = True`; the caller needs the `admin` role
    (`X-Roles: admin` when no Keystone middleware sets it), otherwise 403.

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Health
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            x_project_id=x_project_id,
            x_roles=x_roles,
        )
    ).parsed
