from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.claim import Claim
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    queue_name: str,
    claim_id: str,
    *,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/queues/{queue_name}/claims/{claim_id}".format(
            queue_name=quote(str(queue_name), safe=""),
            claim_id=quote(str(claim_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Claim | Error | None:
    if response.status_code == 200:
        response_200 = Claim.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Claim | Error]:
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
    client_id: str,
    x_project_id: str,
) -> Response[Claim | Error]:
    """Get a claim and the messages it holds.

     Answers the claim's age, ttl and messages; an unknown or deleted claim is 404. A claim that
    expired on its own answers 503 on the redis store until `zaqar-gc` runs (raised at once, not
    retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        claim_id=claim_id,
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
    client_id: str,
    x_project_id: str,
) -> Claim | Error | None:
    """Get a claim and the messages it holds.

     Answers the claim's age, ttl and messages; an unknown or deleted claim is 404. A claim that
    expired on its own answers 503 on the redis store until `zaqar-gc` runs (raised at once, not
    retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        claim_id=claim_id,
        client=client,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    claim_id: str,
    *,
    client: AuthenticatedClient | Client,
    client_id: str,
    x_project_id: str,
) -> Response[Claim | Error]:
    """Get a claim and the messages it holds.

     Answers the claim's age, ttl and messages; an unknown or deleted claim is 404. A claim that
    expired on its own answers 503 on the redis store until `zaqar-gc` runs (raised at once, not
    retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Claim | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        claim_id=claim_id,
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
    client_id: str,
    x_project_id: str,
) -> Claim | Error | None:
    """Get a claim and the messages it holds.

     Answers the claim's age, ttl and messages; an unknown or deleted claim is 404. A claim that
    expired on its own answers 503 on the redis store until `zaqar-gc` runs (raised at once, not
    retried).

    Args:
        queue_name (str):
        claim_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Claim | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            claim_id=claim_id,
            client=client,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
