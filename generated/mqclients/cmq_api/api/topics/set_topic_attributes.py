from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_topic_attributes_request import SetTopicAttributesRequest
from ...models.set_topic_attributes_response import SetTopicAttributesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetTopicAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/index.php#SetTopicAttributes",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SetTopicAttributesResponse | None:
    if response.status_code == 200:
        response_200 = SetTopicAttributesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetTopicAttributesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetTopicAttributesRequest,
) -> Response[SetTopicAttributesResponse]:
    """Change a topic's message size limit.

     Changes the topic's `maxMsgSize`, the only setting that can change. Setting the same value again has
    the same effect, so the call is retried like a read. A missing topic answers 4440.

    Args:
        body (SetTopicAttributesRequest): SetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetTopicAttributesResponse]
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
    body: SetTopicAttributesRequest,
) -> SetTopicAttributesResponse | None:
    """Change a topic's message size limit.

     Changes the topic's `maxMsgSize`, the only setting that can change. Setting the same value again has
    the same effect, so the call is retried like a read. A missing topic answers 4440.

    Args:
        body (SetTopicAttributesRequest): SetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetTopicAttributesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SetTopicAttributesRequest,
) -> Response[SetTopicAttributesResponse]:
    """Change a topic's message size limit.

     Changes the topic's `maxMsgSize`, the only setting that can change. Setting the same value again has
    the same effect, so the call is retried like a read. A missing topic answers 4440.

    Args:
        body (SetTopicAttributesRequest): SetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetTopicAttributesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SetTopicAttributesRequest,
) -> SetTopicAttributesResponse | None:
    """Change a topic's message size limit.

     Changes the topic's `maxMsgSize`, the only setting that can change. Setting the same value again has
    the same effect, so the call is retried like a read. A missing topic answers 4440.

    Args:
        body (SetTopicAttributesRequest): SetTopicAttributes' parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetTopicAttributesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
