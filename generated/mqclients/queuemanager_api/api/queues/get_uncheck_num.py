from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_uncheck_num_request import GetUncheckNumRequest
from ...models.get_uncheck_num_response import GetUncheckNumResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetUncheckNumRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.get_uncheck_num",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetUncheckNumResponse | None:
    if response.status_code == 200:
        response_200 = GetUncheckNumResponse.from_dict(response.json())

        return response_200

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetUncheckNumResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUncheckNumRequest,
) -> Response[ErrorResponse | GetUncheckNumResponse]:
    """Count a queue's elements in flight (delivered, not yet acknowledged).

     Answers how many elements of the queue were delivered by `poll` or `pull_elements` and are
    neither acknowledged nor past their ack deadline.

    Args:
        body (GetUncheckNumRequest): The JSON-RPC 2.0 request for `qm.get_uncheck_num`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetUncheckNumResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetUncheckNumRequest,
) -> ErrorResponse | GetUncheckNumResponse | None:
    """Count a queue's elements in flight (delivered, not yet acknowledged).

     Answers how many elements of the queue were delivered by `poll` or `pull_elements` and are
    neither acknowledged nor past their ack deadline.

    Args:
        body (GetUncheckNumRequest): The JSON-RPC 2.0 request for `qm.get_uncheck_num`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetUncheckNumResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUncheckNumRequest,
) -> Response[ErrorResponse | GetUncheckNumResponse]:
    """Count a queue's elements in flight (delivered, not yet acknowledged).

     Answers how many elements of the queue were delivered by `poll` or `pull_elements` and are
    neither acknowledged nor past their ack deadline.

    Args:
        body (GetUncheckNumRequest): The JSON-RPC 2.0 request for `qm.get_uncheck_num`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetUncheckNumResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetUncheckNumRequest,
) -> ErrorResponse | GetUncheckNumResponse | None:
    """Count a queue's elements in flight (delivered, not yet acknowledged).

     Answers how many elements of the queue were delivered by `poll` or `pull_elements` and are
    neither acknowledged nor past their ack deadline.

    Args:
        body (GetUncheckNumRequest): The JSON-RPC 2.0 request for `qm.get_uncheck_num`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetUncheckNumResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
