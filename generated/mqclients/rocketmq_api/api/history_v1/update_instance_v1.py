from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1.0/{project_id}/instances/{instance_id}".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Modify an instance (history API v1.0).

     Modifies the instance and answers 200 with no body. The doc documents no request body for this call
    ("request parameters: none"), so the spec declares none; the chapter-5 equivalent (§5.1.5, PUT
    /v2/{project_id}/instances/{instance_id}) takes the name, description and other settings. Part of
    the history API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated
    or not recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Modify an instance (history API v1.0).

     Modifies the instance and answers 200 with no body. The doc documents no request body for this call
    ("request parameters: none"), so the spec declares none; the chapter-5 equivalent (§5.1.5, PUT
    /v2/{project_id}/instances/{instance_id}) takes the name, description and other settings. Part of
    the history API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated
    or not recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error]:
    """Modify an instance (history API v1.0).

     Modifies the instance and answers 200 with no body. The doc documents no request body for this call
    ("request parameters: none"), so the spec declares none; the chapter-5 equivalent (§5.1.5, PUT
    /v2/{project_id}/instances/{instance_id}) takes the name, description and other settings. Part of
    the history API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated
    or not recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error | None:
    """Modify an instance (history API v1.0).

     Modifies the instance and answers 200 with no body. The doc documents no request body for this call
    ("request parameters: none"), so the spec declares none; the chapter-5 equivalent (§5.1.5, PUT
    /v2/{project_id}/instances/{instance_id}) takes the name, description and other settings. Part of
    the history API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated
    or not recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        project_id (str):
        instance_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
        )
    ).parsed
