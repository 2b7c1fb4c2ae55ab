from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.heart_beat_request import HeartBeatRequest
from ...models.heart_beat_response import HeartBeatResponse
from ...types import Response


def _get_kwargs(
    *,
    body: HeartBeatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.heart_beat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HeartBeatResponse | None:
    if response.status_code == 200:
        response_200 = HeartBeatResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | HeartBeatResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HeartBeatRequest,
) -> Response[ErrorResponse | HeartBeatResponse]:
    """Keep the session alive: renew the token's lifetime.

     Starts the token's lifetime again (the server's `--token-ttl`, 300 seconds by default) and answers
    it in `expires_in`. Send one well within that time, for example every third of it; the document
    defines no interval. Other calls do not renew the token.

    Args:
        body (HeartBeatRequest): The JSON-RPC 2.0 request for `qm.heart_beat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HeartBeatResponse]
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
    body: HeartBeatRequest,
) -> ErrorResponse | HeartBeatResponse | None:
    """Keep the session alive: renew the token's lifetime.

     Starts the token's lifetime again (the server's `--token-ttl`, 300 seconds by default) and answers
    it in `expires_in`. Send one well within that time, for example every third of it; the document
    defines no interval. Other calls do not renew the token.

    Args:
        body (HeartBeatRequest): The JSON-RPC 2.0 request for `qm.heart_beat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HeartBeatResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: HeartBeatRequest,
) -> Response[ErrorResponse | HeartBeatResponse]:
    """Keep the session alive: renew the token's lifetime.

     Starts the token's lifetime again (the server's `--token-ttl`, 300 seconds by default) and answers
    it in `expires_in`. Send one well within that time, for example every third of it; the document
    defines no interval. Other calls do not renew the token.

    Args:
        body (HeartBeatRequest): The JSON-RPC 2.0 request for `qm.heart_beat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HeartBeatResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: HeartBeatRequest,
) -> ErrorResponse | HeartBeatResponse | None:
    """Keep the session alive: renew the token's lifetime.

     Starts the token's lifetime again (the server's `--token-ttl`, 300 seconds by default) and answers
    it in `expires_in`. Send one well within that time, for example every third of it; the document
    defines no interval. Other calls do not renew the token.

    Args:
        body (HeartBeatRequest): The JSON-RPC 2.0 request for `qm.heart_beat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HeartBeatResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
