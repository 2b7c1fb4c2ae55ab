from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim_update import ClaimUpdate
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    queue_name: str,
    claim_id: str,
    *,
    body: ClaimUpdate,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/queues/{queue_name}/claims/{claim_id}".format(
            queue_name=quote(str(queue_name), safe=""),
            claim_id=quote(str(claim_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    queue_name: str,
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimUpdate,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Renew a claim with a new ttl.

     Resets the claim's age and gives it the new `ttl`; messages that would expire before the claim
    get `ttl + grace` more seconds of life. A body is required, but a field left out takes the server
    default (an empty object renews with `ttl` 300). An unknown or deleted claim is 404; a claim
    that expired on its own answers 503 on the redis store until `zaqar-gc` runs (not retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimUpdate): New lifetime of a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        claim_id=claim_id,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    queue_name: str,
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimUpdate,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Renew a claim with a new ttl.

     Resets the claim's age and gives it the new `ttl`; messages that would expire before the claim
    get `ttl + grace` more seconds of life. A body is required, but a field left out takes the server
    default (an empty object renews with `ttl` 300). An unknown or deleted claim is 404; a claim
    that expired on its own answers 503 on the redis store until `zaqar-gc` runs (not retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimUpdate): New lifetime of a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        claim_id=claim_id,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimUpdate,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Renew a claim with a new ttl.

     Resets the claim's age and gives it the new `ttl`; messages that would expire before the claim
    get `ttl + grace` more seconds of life. A body is required, but a field left out takes the server
    default (an empty object renews with `ttl` 300). An unknown or deleted claim is 404; a claim
    that expired on its own answers 503 on the redis store until `zaqar-gc` runs (not retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimUpdate): New lifetime of a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        claim_id=claim_id,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ClaimUpdate,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Renew a claim with a new ttl.

     Resets the claim's age and gives it the new `ttl`; messages that would expire before the claim
    get `ttl + grace` more seconds of life. A body is required, but a field left out takes the server
    default (an empty object renews with `ttl` 300). An unknown or deleted claim is 404; a claim
    that expired on its own answers 503 on the redis store until `zaqar-gc` runs (not retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (ClaimUpdate): New lifetime of a claim.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            claim_id=claim_id,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
