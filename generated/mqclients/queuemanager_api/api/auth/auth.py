from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_request import AuthRequest
from ...models.auth_response import AuthResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AuthRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AuthResponse.from_dict(response.json())

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
) -> Response[AuthResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> Response[AuthResponse | ErrorResponse]:
    """Log in: exchange a username and an encrypted password for a session token.

     Checks the user's password and answers a new session token with its lifetime in seconds. The
    password travels inside a login payload bound to a single-use challenge from
    `GET /login-challenge`, encrypted with the server's RSA public key: `base64(RSA-OAEP(SHA-256,
    MGF1-SHA-256, no label)(public key, UTF-8 JSON {"challenge", "time", "password"}))` (the
    Authentication section above). A payload is accepted once: sending the same `auth` request again
    answers 1111600007, so a retry needs a new challenge. The token is valid for `expires_in` seconds
    (the server's `--token-ttl`, 300 by default); each `heart_beat` starts that time again, up to the
    longest session. A restart of the server ends every session: a client whose calls answer
    1111600006 logs in again. Failed logins back off (1111600010).

    Args:
        body (AuthRequest): The JSON-RPC 2.0 request for `qm.auth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse | ErrorResponse]
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
    body: AuthRequest,
) -> AuthResponse | ErrorResponse | None:
    """Log in: exchange a username and an encrypted password for a session token.

     Checks the user's password and answers a new session token with its lifetime in seconds. The
    password travels inside a login payload bound to a single-use challenge from
    `GET /login-challenge`, encrypted with the server's RSA public key: `base64(RSA-OAEP(SHA-256,
    MGF1-SHA-256, no label)(public key, UTF-8 JSON {"challenge", "time", "password"}))` (the
    Authentication section above). A payload is accepted once: sending the same `auth` request again
    answers 1111600007, so a retry needs a new challenge. The token is valid for `expires_in` seconds
    (the server's `--token-ttl`, 300 by default); each `heart_beat` starts that time again, up to the
    longest session. A restart of the server ends every session: a client whose calls answer
    1111600006 logs in again. Failed logins back off (1111600010).

    Args:
        body (AuthRequest): The JSON-RPC 2.0 request for `qm.auth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> Response[AuthResponse | ErrorResponse]:
    """Log in: exchange a username and an encrypted password for a session token.

     Checks the user's password and answers a new session token with its lifetime in seconds. The
    password travels inside a login payload bound to a single-use challenge from
    `GET /login-challenge`, encrypted with the server's RSA public key: `base64(RSA-OAEP(SHA-256,
    MGF1-SHA-256, no label)(public key, UTF-8 JSON {"challenge", "time", "password"}))` (the
    Authentication section above). A payload is accepted once: sending the same `auth` request again
    answers 1111600007, so a retry needs a new challenge. The token is valid for `expires_in` seconds
    (the server's `--token-ttl`, 300 by default); each `heart_beat` starts that time again, up to the
    longest session. A restart of the server ends every session: a client whose calls answer
    1111600006 logs in again. Failed logins back off (1111600010).

    Args:
        body (AuthRequest): The JSON-RPC 2.0 request for `qm.auth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthRequest,
) -> AuthResponse | ErrorResponse | None:
    """Log in: exchange a username and an encrypted password for a session token.

     Checks the user's password and answers a new session token with its lifetime in seconds. The
    password travels inside a login payload bound to a single-use challenge from
    `GET /login-challenge`, encrypted with the server's RSA public key: `base64(RSA-OAEP(SHA-256,
    MGF1-SHA-256, no label)(public key, UTF-8 JSON {"challenge", "time", "password"}))` (the
    Authentication section above). A payload is accepted once: sending the same `auth` request again
    answers 1111600007, so a retry needs a new challenge. The token is valid for `expires_in` seconds
    (the server's `--token-ttl`, 300 by default); each `heart_beat` starts that time again, up to the
    longest session. A restart of the server ends every session: a client whose calls answer
    1111600006 logs in again. Failed logins back off (1111600010).

    Args:
        body (AuthRequest): The JSON-RPC 2.0 request for `qm.auth`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
