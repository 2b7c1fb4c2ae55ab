from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.receive_message_request import ReceiveMessageRequest
from ...models.receive_message_response import ReceiveMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ReceiveMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#ReceiveMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReceiveMessageResponse | None:
    if response.status_code == 200:
        response_200 = ReceiveMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReceiveMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveMessageRequest,
) -> Response[ReceiveMessageResponse]:
    """Receive one message from a queue, waiting up to 30 seconds for one.

     Answers the next visible message with a receipt handle and hides it for the queue's
    `visibilityTimeout`; delete it with that handle before `nextVisibleTime` or it is delivered again
    (at-least-once delivery; only the newest handle of a message is valid). When no message arrives
    within
    `pollingWaitSeconds` the server answers code 7000 ("no message"), which this method returns as
    `None`.
    Too many received but undeleted messages answer 6070.

    Args:
        body (ReceiveMessageRequest): ReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceiveMessageResponse]
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
    body: ReceiveMessageRequest,
) -> ReceiveMessageResponse | None:
    """Receive one message from a queue, waiting up to 30 seconds for one.

     Answers the next visible message with a receipt handle and hides it for the queue's
    `visibilityTimeout`; delete it with that handle before `nextVisibleTime` or it is delivered again
    (at-least-once delivery; only the newest handle of a message is valid). When no message arrives
    within
    `pollingWaitSeconds` the server answers code 7000 ("no message"), which this method returns as
    `None`.
    Too many received but undeleted messages answer 6070.

    Args:
        body (ReceiveMessageRequest): ReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceiveMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveMessageRequest,
) -> Response[ReceiveMessageResponse]:
    """Receive one message from a queue, waiting up to 30 seconds for one.

     Answers the next visible message with a receipt handle and hides it for the queue's
    `visibilityTimeout`; delete it with that handle before `nextVisibleTime` or it is delivered again
    (at-least-once delivery; only the newest handle of a message is valid). When no message arrives
    within
    `pollingWaitSeconds` the server answers code 7000 ("no message"), which this method returns as
    `None`.
    Too many received but undeleted messages answer 6070.

    Args:
        body (ReceiveMessageRequest): ReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReceiveMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ReceiveMessageRequest,
) -> ReceiveMessageResponse | None:
    """Receive one message from a queue, waiting up to 30 seconds for one.

     Answers the next visible message with a receipt handle and hides it for the queue's
    `visibilityTimeout`; delete it with that handle before `nextVisibleTime` or it is delivered again
    (at-least-once delivery; only the newest handle of a message is valid). When no message arrives
    within
    `pollingWaitSeconds` the server answers code 7000 ("no message"), which this method returns as
    `None`.
    Too many received but undeleted messages answer 6070.

    Args:
        body (ReceiveMessageRequest): ReceiveMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReceiveMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
