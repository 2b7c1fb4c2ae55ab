from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    queue_name: str,
    message_id: str,
    *,
    claim_id: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    params: dict[str, Any] = {}

    params["claim_id"] = claim_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/queues/{queue_name}/messages/{message_id}".format(
            queue_name=quote(str(queue_name), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    claim_id: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Delete one message, giving its claim id if it is claimed.

     Deletes the message and answers 204, also when it does not exist. A claimed message can only be
    deleted with its current `claim_id` (without one: 403); a `claim_id` that does not exist or has
    expired, or a `claim_id` on a message that is not claimed, is 400. On the redis store the id
    alone finds the message: deleting it through another project's (existing) queue deletes it (204).

    Args:
        queue_name (str):
        message_id (str):
        claim_id (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        message_id=message_id,
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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    claim_id: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Delete one message, giving its claim id if it is claimed.

     Deletes the message and answers 204, also when it does not exist. A claimed message can only be
    deleted with its current `claim_id` (without one: 403); a `claim_id` that does not exist or has
    expired, or a `claim_id` on a message that is not claimed, is 400. On the redis store the id
    alone finds the message: deleting it through another project's (existing) queue deletes it (204).

    Args:
        queue_name (str):
        message_id (str):
        claim_id (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        message_id=message_id,
        client=client,
        claim_id=claim_id,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    claim_id: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Delete one message, giving its claim id if it is claimed.

     Deletes the message and answers 204, also when it does not exist. A claimed message can only be
    deleted with its current `claim_id` (without one: 403); a `claim_id` that does not exist or has
    expired, or a `claim_id` on a message that is not claimed, is 400. On the redis store the id
    alone finds the message: deleting it through another project's (existing) queue deletes it (204).

    Args:
        queue_name (str):
        message_id (str):
        claim_id (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        message_id=message_id,
        claim_id=claim_id,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    claim_id: str | Unset = UNSET,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Delete one message, giving its claim id if it is claimed.

     Deletes the message and answers 204, also when it does not exist. A claimed message can only be
    deleted with its current `claim_id` (without one: 403); a `claim_id` that does not exist or has
    expired, or a `claim_id` on a message that is not claimed, is 400. On the redis store the id
    alone finds the message: deleting it through another project's (existing) queue deletes it (204).

    Args:
        queue_name (str):
        message_id (str):
        claim_id (str | Unset):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            message_id=message_id,
            client=client,
            claim_id=claim_id,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
