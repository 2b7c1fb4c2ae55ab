from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.home_document import HomeDocument
from ...types import Response


def _get_kwargs(
    *,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | HomeDocument | None:
    if response.status_code == 200:
        response_200 = HomeDocument.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | HomeDocument]:
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
) -> Response[Error | HomeDocument]:
    """Get the v2 JSON home document that describes every v2 resource.

     Answers the JSON home document (draft-nottingham-json-home) of API v2 with content type
    `application/json-home` and `Cache-Control: max-age=86400`. The path needs its trailing slash:
    `GET /v2` without it is 404. With `admin_mode` the document also lists the admin resources
    (pools, flavors, health).

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HomeDocument]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        x_project_id=x_project_id,
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
) -> Error | HomeDocument | None:
    """Get the v2 JSON home document that describes every v2 resource.

     Answers the JSON home document (draft-nottingham-json-home) of API v2 with content type
    `application/json-home` and `Cache-Control: max-age=86400`. The path needs its trailing slash:
    `GET /v2` without it is 404. With `admin_mode` the document also lists the admin resources
    (pools, flavors, health).

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HomeDocument
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Error | HomeDocument]:
    """Get the v2 JSON home document that describes every v2 resource.

     Answers the JSON home document (draft-nottingham-json-home) of API v2 with content type
    `application/json-home` and `Cache-Control: max-age=86400`. The path needs its trailing slash:
    `GET /v2` without it is 404. With `admin_mode` the document also lists the admin resources
    (pools, flavors, health).

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | HomeDocument]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Error | HomeDocument | None:
    """Get the v2 JSON home document that describes every v2 resource.

     Answers the JSON home document (draft-nottingham-json-home) of API v2 with content type
    `application/json-home` and `Cache-Control: max-age=86400`. The path needs its trailing slash:
    `GET /v2` without it is 404. With `admin_mode` the document also lists the admin resources
    (pools, flavors, health).

    Args:
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | HomeDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
