from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rewind_queue_request import RewindQueueRequest
from ...models.rewind_queue_response import RewindQueueResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RewindQueueRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#RewindQueue",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RewindQueueResponse | None:
    if response.status_code == 200:
        response_200 = RewindQueueResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[RewindQueueResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RewindQueueRequest,
) -> Response[RewindQueueResponse]:
    """Replay a queue's messages from a point in time.

     Makes the following receives start again with the messages produced after `startConsumeTime`, in the
    order they were produced, including messages already deleted but still inside the queue's rewind
    window (`rewindSeconds`). A queue whose rewind window is 0 cannot be rewound (code 6050, module
    10670); a time outside the window answers 4000 (module 10680).

    Args:
        body (RewindQueueRequest): RewindQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RewindQueueResponse]
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
    body: RewindQueueRequest,
) -> RewindQueueResponse | None:
    """Replay a queue's messages from a point in time.

     Makes the following receives start again with the messages produced after `startConsumeTime`, in the
    order they were produced, including messages already deleted but still inside the queue's rewind
    window (`rewindSeconds`). A queue whose rewind window is 0 cannot be rewound (code 6050, module
    10670); a time outside the window answers 4000 (module 10680).

    Args:
        body (RewindQueueRequest): RewindQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RewindQueueResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RewindQueueRequest,
) -> Response[RewindQueueResponse]:
    """Replay a queue's messages from a point in time.

     Makes the following receives start again with the messages produced after `startConsumeTime`, in the
    order they were produced, including messages already deleted but still inside the queue's rewind
    window (`rewindSeconds`). A queue whose rewind window is 0 cannot be rewound (code 6050, module
    10670); a time outside the window answers 4000 (module 10680).

    Args:
        body (RewindQueueRequest): RewindQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RewindQueueResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RewindQueueRequest,
) -> RewindQueueResponse | None:
    """Replay a queue's messages from a point in time.

     Makes the following receives start again with the messages produced after `startConsumeTime`, in the
    order they were produced, including messages already deleted but still inside the queue's rewind
    window (`rewindSeconds`). A queue whose rewind window is 0 cannot be rewound (code 6050, module
    10670); a time outside the window answers 4000 (module 10680).

    Args:
        body (RewindQueueRequest): RewindQueue's parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RewindQueueResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
