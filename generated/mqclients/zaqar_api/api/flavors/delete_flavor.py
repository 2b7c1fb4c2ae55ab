from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, Unset


def _get_kwargs(
    flavor_name: str,
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
        "method": "delete",
        "url": "/v2/flavors/{flavor_name}".format(
            flavor_name=quote(str(flavor_name), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Delete a flavor, releasing its pools (admin only, pooling servers).

     Answers 204, also for an unknown flavor.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        flavor_name=flavor_name,
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
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Delete a flavor, releasing its pools (admin only, pooling servers).

     Answers 204, also for an unknown flavor.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        flavor_name=flavor_name,
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
        x_roles=x_roles,
    ).parsed


async def asyncio_detailed(
    flavor_name: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Response[Any | Error]:
    """Delete a flavor, releasing its pools (admin only, pooling servers).

     Answers 204, also for an unknown flavor.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        flavor_name=flavor_name,
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
    client_id: str,
    x_project_id: str,
    x_roles: str | Unset = "admin",
) -> Any | Error | None:
    """Delete a flavor, releasing its pools (admin only, pooling servers).

     Answers 204, also for an unknown flavor.

    Args:
        flavor_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        x_roles (str | Unset):  Default: 'admin'.

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
            client_id=client_id,
            x_project_id=x_project_id,
            x_roles=x_roles,
        )
    ).parsed
