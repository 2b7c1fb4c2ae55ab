from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.poll_request import PollRequest
from ...models.poll_response import PollResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PollRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.poll",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PollResponse | None:
    if response.status_code == 200:
        response_200 = PollResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | PollResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequest,
) -> Response[ErrorResponse | PollResponse]:
    """Take the element at the head of a queue (to acknowledge with ack).

     Answers the oldest visible element with its message id and makes it invisible (in flight) until
    it is acknowledged with `ack`. An element not acknowledged within the server's ack deadline
    (`--ack-deadline`, 30 seconds by default) goes back to the tail of the queue and is delivered
    again: delivery is at least once. An empty queue answers code 1111600005, which the client reads
    as "nothing to return". At most 100,000 elements may be in flight on the server at once (code
    1111600004 beyond that).

    Args:
        body (PollRequest): The JSON-RPC 2.0 request for `qm.poll`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PollResponse]
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
    body: PollRequest,
) -> ErrorResponse | PollResponse | None:
    """Take the element at the head of a queue (to acknowledge with ack).

     Answers the oldest visible element with its message id and makes it invisible (in flight) until
    it is acknowledged with `ack`. An element not acknowledged within the server's ack deadline
    (`--ack-deadline`, 30 seconds by default) goes back to the tail of the queue and is delivered
    again: delivery is at least once. An empty queue answers code 1111600005, which the client reads
    as "nothing to return". At most 100,000 elements may be in flight on the server at once (code
    1111600004 beyond that).

    Args:
        body (PollRequest): The JSON-RPC 2.0 request for `qm.poll`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PollResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequest,
) -> Response[ErrorResponse | PollResponse]:
    """Take the element at the head of a queue (to acknowledge with ack).

     Answers the oldest visible element with its message id and makes it invisible (in flight) until
    it is acknowledged with `ack`. An element not acknowledged within the server's ack deadline
    (`--ack-deadline`, 30 seconds by default) goes back to the tail of the queue and is delivered
    again: delivery is at least once. An empty queue answers code 1111600005, which the client reads
    as "nothing to return". At most 100,000 elements may be in flight on the server at once (code
    1111600004 beyond that).

    Args:
        body (PollRequest): The JSON-RPC 2.0 request for `qm.poll`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PollResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PollRequest,
) -> ErrorResponse | PollResponse | None:
    """Take the element at the head of a queue (to acknowledge with ack).

     Answers the oldest visible element with its message id and makes it invisible (in flight) until
    it is acknowledged with `ack`. An element not acknowledged within the server's ack deadline
    (`--ack-deadline`, 30 seconds by default) goes back to the tail of the queue and is delivered
    again: delivery is at least once. An empty queue answers code 1111600005, which the client reads
    as "nothing to return". At most 100,000 elements may be in flight on the server at once (code
    1111600004 beyond that).

    Args:
        body (PollRequest): The JSON-RPC 2.0 request for `qm.poll`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PollResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
