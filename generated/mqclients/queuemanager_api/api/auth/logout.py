from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.logout_request import LogoutRequest
from ...models.logout_response import LogoutResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LogoutRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.logout",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LogoutResponse | None:
    if response.status_code == 200:
        response_200 = LogoutResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | LogoutResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LogoutRequest,
) -> Response[ErrorResponse | LogoutResponse]:
    """Log out: end the session; its token is refused from now on.

     Ends the session of the token (an addition to the document). Its later calls answer 1111600006.
    Elements the session took and did not acknowledge stay in flight until their ack deadline; the
    same user may still acknowledge them from another session. The clients log out when closed.

    Args:
        body (LogoutRequest): The JSON-RPC 2.0 request for `qm.logout`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogoutResponse]
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
    body: LogoutRequest,
) -> ErrorResponse | LogoutResponse | None:
    """Log out: end the session; its token is refused from now on.

     Ends the session of the token (an addition to the document). Its later calls answer 1111600006.
    Elements the session took and did not acknowledge stay in flight until their ack deadline; the
    same user may still acknowledge them from another session. The clients log out when closed.

    Args:
        body (LogoutRequest): The JSON-RPC 2.0 request for `qm.logout`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LogoutResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LogoutRequest,
) -> Response[ErrorResponse | LogoutResponse]:
    """Log out: end the session; its token is refused from now on.

     Ends the session of the token (an addition to the document). Its later calls answer 1111600006.
    Elements the session took and did not acknowledge stay in flight until their ack deadline; the
    same user may still acknowledge them from another session. The clients log out when closed.

    Args:
        body (LogoutRequest): The JSON-RPC 2.0 request for `qm.logout`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LogoutResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LogoutRequest,
) -> ErrorResponse | LogoutResponse | None:
    """Log out: end the session; its token is refused from now on.

     Ends the session of the token (an addition to the document). Its later calls answer 1111600006.
    Elements the session took and did not acknowledge stay in flight until their ack deadline; the
    same user may still acknowledge them from another session. The clients log out when closed.

    Args:
        body (LogoutRequest): The JSON-RPC 2.0 request for `qm.logout`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LogoutResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
