from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ack_request import AckRequest
from ...models.ack_response import AckResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AckRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc#qm.ack",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AckResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AckResponse.from_dict(response.json())

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
) -> Response[AckResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> Response[AckResponse | ErrorResponse]:
    """Acknowledge an element taken by poll or pull_elements.

     `ack_type` 0 says the element was consumed: it is deleted. `ack_type` 1 says consuming it failed:
    it goes back to the tail of its queue at once, to be delivered again with the same message id.
    An element whose ack deadline passed is back in its queue; a late `ack` with type 0 still
    deletes it (if it has not been acknowledged since). An unknown message id, or one already
    acknowledged with type 0, answers code 1111600009, so an element is acknowledged at most once.
    Only the user who took the element last may acknowledge it (any session of that user, also after a
    restart of the server); another user's `ack` answers 1111600009 as for an unknown id. The wire shape
    is the document's: no receipt, the server keeps who holds each element.

    Args:
        body (AckRequest): The JSON-RPC 2.0 request for `qm.ack`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResponse | ErrorResponse]
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
    body: AckRequest,
) -> AckResponse | ErrorResponse | None:
    """Acknowledge an element taken by poll or pull_elements.

     `ack_type` 0 says the element was consumed: it is deleted. `ack_type` 1 says consuming it failed:
    it goes back to the tail of its queue at once, to be delivered again with the same message id.
    An element whose ack deadline passed is back in its queue; a late `ack` with type 0 still
    deletes it (if it has not been acknowledged since). An unknown message id, or one already
    acknowledged with type 0, answers code 1111600009, so an element is acknowledged at most once.
    Only the user who took the element last may acknowledge it (any session of that user, also after a
    restart of the server); another user's `ack` answers 1111600009 as for an unknown id. The wire shape
    is the document's: no receipt, the server keeps who holds each element.

    Args:
        body (AckRequest): The JSON-RPC 2.0 request for `qm.ack`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> Response[AckResponse | ErrorResponse]:
    """Acknowledge an element taken by poll or pull_elements.

     `ack_type` 0 says the element was consumed: it is deleted. `ack_type` 1 says consuming it failed:
    it goes back to the tail of its queue at once, to be delivered again with the same message id.
    An element whose ack deadline passed is back in its queue; a late `ack` with type 0 still
    deletes it (if it has not been acknowledged since). An unknown message id, or one already
    acknowledged with type 0, answers code 1111600009, so an element is acknowledged at most once.
    Only the user who took the element last may acknowledge it (any session of that user, also after a
    restart of the server); another user's `ack` answers 1111600009 as for an unknown id. The wire shape
    is the document's: no receipt, the server keeps who holds each element.

    Args:
        body (AckRequest): The JSON-RPC 2.0 request for `qm.ack`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AckResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AckRequest,
) -> AckResponse | ErrorResponse | None:
    """Acknowledge an element taken by poll or pull_elements.

     `ack_type` 0 says the element was consumed: it is deleted. `ack_type` 1 says consuming it failed:
    it goes back to the tail of its queue at once, to be delivered again with the same message id.
    An element whose ack deadline passed is back in its queue; a late `ack` with type 0 still
    deletes it (if it has not been acknowledged since). An unknown message id, or one already
    acknowledged with type 0, answers code 1111600009, so an element is acknowledged at most once.
    Only the user who took the element last may acknowledge it (any session of that user, also after a
    restart of the server); another user's `ack` answers 1111600009 as for an unknown id. The wire shape
    is the document's: no receipt, the server keeps who holds each element.

    Args:
        body (AckRequest): The JSON-RPC 2.0 request for `qm.ack`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AckResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
