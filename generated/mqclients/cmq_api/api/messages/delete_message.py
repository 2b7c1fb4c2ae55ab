from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_message_request import DeleteMessageRequest
from ...models.delete_message_response import DeleteMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#DeleteMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeleteMessageResponse | None:
    if response.status_code == 200:
        response_200 = DeleteMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteMessageRequest,
) -> Response[DeleteMessageResponse]:
    """Delete a received message by its receipt handle.

     Deletes the message the handle was issued for. A handle that has expired (after the message's
    `nextVisibleTime`) or was replaced by a newer receive answers 4430; a malformed one 4000 (module
    10470).

    Args:
        body (DeleteMessageRequest): DeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMessageResponse]
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
    body: DeleteMessageRequest,
) -> DeleteMessageResponse | None:
    """Delete a received message by its receipt handle.

     Deletes the message the handle was issued for. A handle that has expired (after the message's
    `nextVisibleTime`) or was replaced by a newer receive answers 4430; a malformed one 4000 (module
    10470).

    Args:
        body (DeleteMessageRequest): DeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteMessageRequest,
) -> Response[DeleteMessageResponse]:
    """Delete a received message by its receipt handle.

     Deletes the message the handle was issued for. A handle that has expired (after the message's
    `nextVisibleTime`) or was replaced by a newer receive answers 4430; a malformed one 4000 (module
    10470).

    Args:
        body (DeleteMessageRequest): DeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteMessageRequest,
) -> DeleteMessageResponse | None:
    """Delete a received message by its receipt handle.

     Deletes the message the handle was issued for. A handle that has expired (after the message's
    `nextVisibleTime`) or was replaced by a newer receive answers 4430; a malformed one 4000 (module
    10470).

    Args:
        body (DeleteMessageRequest): DeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
