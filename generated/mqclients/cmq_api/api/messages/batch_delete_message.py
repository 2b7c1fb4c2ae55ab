from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_delete_message_request import BatchDeleteMessageRequest
from ...models.batch_delete_message_response import BatchDeleteMessageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BatchDeleteMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#BatchDeleteMessage",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchDeleteMessageResponse | None:
    if response.status_code == 200:
        response_200 = BatchDeleteMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchDeleteMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDeleteMessageRequest,
) -> Response[BatchDeleteMessageResponse]:
    """Delete up to 16 received messages by their receipt handles.

     Deletes the messages of 1 to 16 receipt handles (sent as `receiptHandle.0`, `receiptHandle.1`, ...).
    When some handles fail the answer is code 6010 ("partially failed": the other handles were deleted),
    when all fail 6020; both list the failures in `errorList`, usually with code 4430. Both raise an
    error
    whose body keeps that `errorList`.

    Args:
        body (BatchDeleteMessageRequest): BatchDeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteMessageResponse]
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
    body: BatchDeleteMessageRequest,
) -> BatchDeleteMessageResponse | None:
    """Delete up to 16 received messages by their receipt handles.

     Deletes the messages of 1 to 16 receipt handles (sent as `receiptHandle.0`, `receiptHandle.1`, ...).
    When some handles fail the answer is code 6010 ("partially failed": the other handles were deleted),
    when all fail 6020; both list the failures in `errorList`, usually with code 4430. Both raise an
    error
    whose body keeps that `errorList`.

    Args:
        body (BatchDeleteMessageRequest): BatchDeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDeleteMessageRequest,
) -> Response[BatchDeleteMessageResponse]:
    """Delete up to 16 received messages by their receipt handles.

     Deletes the messages of 1 to 16 receipt handles (sent as `receiptHandle.0`, `receiptHandle.1`, ...).
    When some handles fail the answer is code 6010 ("partially failed": the other handles were deleted),
    when all fail 6020; both list the failures in `errorList`, usually with code 4430. Both raise an
    error
    whose body keeps that `errorList`.

    Args:
        body (BatchDeleteMessageRequest): BatchDeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchDeleteMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchDeleteMessageRequest,
) -> BatchDeleteMessageResponse | None:
    """Delete up to 16 received messages by their receipt handles.

     Deletes the messages of 1 to 16 receipt handles (sent as `receiptHandle.0`, `receiptHandle.1`, ...).
    When some handles fail the answer is code 6010 ("partially failed": the other handles were deleted),
    when all fail 6020; both list the failures in `errorList`, usually with code 4430. Both raise an
    error
    whose body keeps that `errorList`.

    Args:
        body (BatchDeleteMessageRequest): BatchDeleteMessage's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchDeleteMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
