from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.subscription_create import SubscriptionCreate
from ...models.subscription_created import SubscriptionCreated
from ...types import Response


def _get_kwargs(
    queue_name: str,
    *,
    body: SubscriptionCreate,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/queues/{queue_name}/subscriptions".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SubscriptionCreated | None:
    if response.status_code == 201:
        response_201 = SubscriptionCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | SubscriptionCreated]:
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
    body: SubscriptionCreate,
    client_id: str,
    x_project_id: str,
) -> Response[Error | SubscriptionCreated]:
    """Subscribe a webhook or e-mail address to a queue's new messages.

     Creates the subscription (and the queue, if missing) and answers its id. Subscriptions are unique
    per project, queue and subscriber URI: posting the same subscriber again answers 201 with the
    existing id while it is unconfirmed (and re-sends the confirmation notice), and 409 once it is
    confirmed.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionCreate): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionCreated]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
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
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    client_id: str,
    x_project_id: str,
) -> Error | SubscriptionCreated | None:
    """Subscribe a webhook or e-mail address to a queue's new messages.

     Creates the subscription (and the queue, if missing) and answers its id. Subscriptions are unique
    per project, queue and subscriber URI: posting the same subscriber again answers 201 with the
    existing id while it is unconfirmed (and re-sends the confirmation notice), and 409 once it is
    confirmed.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionCreate): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionCreated
    """

    return sync_detailed(
        queue_name=queue_name,
        client=client,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    ).parsed


async def asyncio_detailed(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    client_id: str,
    x_project_id: str,
) -> Response[Error | SubscriptionCreated]:
    """Subscribe a webhook or e-mail address to a queue's new messages.

     Creates the subscription (and the queue, if missing) and answers its id. Subscriptions are unique
    per project, queue and subscriber URI: posting the same subscriber again answers 201 with the
    existing id while it is unconfirmed (and re-sends the confirmation notice), and 409 once it is
    confirmed.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionCreate): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SubscriptionCreated]
    """

    kwargs = _get_kwargs(
        queue_name=queue_name,
        body=body,
        client_id=client_id,
        x_project_id=x_project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    queue_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriptionCreate,
    client_id: str,
    x_project_id: str,
) -> Error | SubscriptionCreated | None:
    """Subscribe a webhook or e-mail address to a queue's new messages.

     Creates the subscription (and the queue, if missing) and answers its id. Subscriptions are unique
    per project, queue and subscriber URI: posting the same subscriber again answers 201 with the
    existing id while it is unconfirmed (and re-sends the confirmation notice), and 409 once it is
    confirmed.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (SubscriptionCreate): A new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SubscriptionCreated
    """

    return (
        await asyncio_detailed(
            queue_name=queue_name,
            client=client,
            body=body,
            client_id=client_id,
            x_project_id=x_project_id,
        )
    ).parsed
