from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.v1_create_instance_request import V1CreateInstanceRequest
from ...models.v1_instance_created import V1InstanceCreated
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: V1CreateInstanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/{project_id}/instances".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V1InstanceCreated:
    if response.status_code == 200:
        response_200 = V1InstanceCreated.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | V1InstanceCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateInstanceRequest,
) -> Response[Error | V1InstanceCreated]:
    """Create an instance (history API v1.0).

     Creates a RocketMQ instance, pay-per-use or, with bss_param, yearly/monthly, and answers its id.
    Equivalent of create_instance in chapter 5 (§5.1.2). Part of the history API v1.0 (002 §8.1: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        project_id (str):
        body (V1CreateInstanceRequest): The new instance (002 table 8-2, which the doc heads
            "response body" but which is the request body of §8.1.1.1; it has no required column, so
            the required flags are those of the same table in §5.1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1InstanceCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateInstanceRequest,
) -> Error | V1InstanceCreated | None:
    """Create an instance (history API v1.0).

     Creates a RocketMQ instance, pay-per-use or, with bss_param, yearly/monthly, and answers its id.
    Equivalent of create_instance in chapter 5 (§5.1.2). Part of the history API v1.0 (002 §8.1: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        project_id (str):
        body (V1CreateInstanceRequest): The new instance (002 table 8-2, which the doc heads
            "response body" but which is the request body of §8.1.1.1; it has no required column, so
            the required flags are those of the same table in §5.1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1InstanceCreated
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateInstanceRequest,
) -> Response[Error | V1InstanceCreated]:
    """Create an instance (history API v1.0).

     Creates a RocketMQ instance, pay-per-use or, with bss_param, yearly/monthly, and answers its id.
    Equivalent of create_instance in chapter 5 (§5.1.2). Part of the history API v1.0 (002 §8.1: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        project_id (str):
        body (V1CreateInstanceRequest): The new instance (002 table 8-2, which the doc heads
            "response body" but which is the request body of §8.1.1.1; it has no required column, so
            the required flags are those of the same table in §5.1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1InstanceCreated]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: V1CreateInstanceRequest,
) -> Error | V1InstanceCreated | None:
    """Create an instance (history API v1.0).

     Creates a RocketMQ instance, pay-per-use or, with bss_param, yearly/monthly, and answers its id.
    Equivalent of create_instance in chapter 5 (§5.1.2). Part of the history API v1.0 (002 §8.1: the doc
    files it under "history API" without calling it deprecated or not recommended); chapter 5 holds the
    current calls. No official SDK has this call.

    Args:
        project_id (str):
        body (V1CreateInstanceRequest): The new instance (002 table 8-2, which the doc heads
            "response body" but which is the request body of §8.1.1.1; it has no required column, so
            the required flags are those of the same table in §5.1.2).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1InstanceCreated
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
