from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_update import SubscriptionUpdate
from ...types import Response


def _get_kwargs(
    queue_name: str,
    subscription_id: str,
    *,
    body: SubscriptionUpdate,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/queues/{queue_name}/subscriptions/{subscription_id}".format(
            queue_name=quote(str(queue_name), safe=""),
            subscription_id=quote(str(subscription_id), safe=""),
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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Change a subscription's subscriber, ttl or options.

     Replaces the given fields and answers 204 with a `Location` header. At least one field is
    required (an empty object is 400). Changing the ttl restarts the subscription's age. Moving to a
    subscriber URI that another subscription of the queue already uses is 409; an unknown id is 404;
    an unknown field is 400.

    Args:
        queue_name (str):
        subscription_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionUpdate): Fields of a subscription to change; at least one. Other keys
            are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        subscription_id=subscription_id,
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
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Change a subscription's subscriber, ttl or options.

     Replaces the given fields and answers 204 with a `Location` header. At least one field is
    required (an empty object is 400). Changing the ttl restarts the subscription's age. Moving to a
    subscriber URI that another subscription of the queue already uses is 409; an unknown id is 404;
    an unknown field is 400.

    Args:
        queue_name (str):
        subscription_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionUpdate): Fields of a subscription to change; at least one. Other keys
            are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        queue_name=queue_name,
        subscription_id=subscription_id,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
    client_id: str,
    x_project_id: str,
) -> Response[Any | Error]:
    """Change a subscription's subscriber, ttl or options.

     Replaces the given fields and answers 204 with a `Location` header. At least one field is
    required (an empty object is 400). Changing the ttl restarts the subscription's age. Moving to a
    subscriber URI that another subscription of the queue already uses is 409; an unknown id is 404;
    an unknown field is 400.

    Args:
        queue_name (str):
        subscription_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionUpdate): Fields of a subscription to change; at least one. Other keys
            are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        subscription_id=subscription_id,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionUpdate,
    client_id: str,
    x_project_id: str,
) -> Any | Error | None:
    """Change a subscription's subscriber, ttl or options.

     Replaces the given fields and answers 204 with a `Location` header. At least one field is
    required (an empty object is 400). Changing the ttl restarts the subscription's age. Moving to a
    subscriber URI that another subscription of the queue already uses is 409; an unknown id is 404;
    an unknown field is 400.

    Args:
        queue_name (str):
        subscription_id (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionUpdate): Fields of a subscription to change; at least one. Other keys
            are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            subscription_id=subscription_id,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
