from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_create import ClaimCreate
from ...models.claimed_messages import ClaimedMessages
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_name: str,
    *,
    body: ClaimCreate | Unset = UNSET,
    limit: int | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/queues/{queue_name}/claims".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ClaimedMessages | Error | None:
    if response.status_code == 201:
        response_201 = ClaimedMessages.from_dict(response.json())

        return response_201

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ClaimedMessages | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimCreate | Unset = UNSET,
    limit: int | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | ClaimedMessages | Error]:
    """Claim up to `limit` unclaimed messages of a queue.

     Claims the oldest unclaimed messages (best effort, possibly fewer than `limit`) for `ttl` seconds
    and answers them with a `Location` header naming the claim; the claim id is the last segment of
    that path and also appears as `?claim_id=` in each message `href`. When nothing can be claimed
    (empty or missing queue) the server answers 204 with no body. Claimed messages live at least
    `ttl + grace` seconds. The body is optional; missing fields take the server defaults.

    Args:
        queue_name (str):
        limit (int | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimCreate | Unset): Lifetime of a new claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimedMessages | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        limit=limit,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimCreate | Unset = UNSET,
    limit: int | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | ClaimedMessages | Error | None:
    """Claim up to `limit` unclaimed messages of a queue.

     Claims the oldest unclaimed messages (best effort, possibly fewer than `limit`) for `ttl` seconds
    and answers them with a `Location` header naming the claim; the claim id is the last segment of
    that path and also appears as `?claim_id=` in each message `href`. When nothing can be claimed
    (empty or missing queue) the server answers 204 with no body. Claimed messages live at least
    `ttl + grace` seconds. The body is optional; missing fields take the server defaults.

    Args:
        queue_name (str):
        limit (int | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimCreate | Unset): Lifetime of a new claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimedMessages | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        body=body,
        limit=limit,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimCreate | Unset = UNSET,
    limit: int | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | ClaimedMessages | Error]:
    """Claim up to `limit` unclaimed messages of a queue.

     Claims the oldest unclaimed messages (best effort, possibly fewer than `limit`) for `ttl` seconds
    and answers them with a `Location` header naming the claim; the claim id is the last segment of
    that path and also appears as `?claim_id=` in each message `href`. When nothing can be claimed
    (empty or missing queue) the server answers 204 with no body. Claimed messages live at least
    `ttl + grace` seconds. The body is optional; missing fields take the server defaults.

    Args:
        queue_name (str):
        limit (int | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimCreate | Unset): Lifetime of a new claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ClaimedMessages | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        limit=limit,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimCreate | Unset = UNSET,
    limit: int | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | ClaimedMessages | Error | None:
    """Claim up to `limit` unclaimed messages of a queue.

     Claims the oldest unclaimed messages (best effort, possibly fewer than `limit`) for `ttl` seconds
    and answers them with a `Location` header naming the claim; the claim id is the last segment of
    that path and also appears as `?claim_id=` in each message `href`. When nothing can be claimed
    (empty or missing queue) the server answers 204 with no body. Claimed messages live at least
    `ttl + grace` seconds. The body is optional; missing fields take the server defaults.

    Args:
        queue_name (str):
        limit (int | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimCreate | Unset): Lifetime of a new claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ClaimedMessages | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            body=body,
            limit=limit,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
