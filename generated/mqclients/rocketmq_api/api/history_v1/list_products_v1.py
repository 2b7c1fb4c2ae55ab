from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.v1_product_list import V1ProductList
from ...types import UNSET, Response


def _get_kwargs(
    *,
    instance_id: str,
    product_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["instance_id"] = instance_id

    params["product_id"] = product_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/products",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | V1ProductList:
    if response.status_code == 200:
        response_200 = V1ProductList.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | V1ProductList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str,
    product_id: str,
) -> Response[Error | V1ProductList]:
    """List product specifications (history API v1.0).

     Answers the engine's supported versions and product specifications. The doc marks both query
    parameters, instance_id and product_id, as required. The path has no project id. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        instance_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1ProductList]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str,
    product_id: str,
) -> Error | V1ProductList | None:
    """List product specifications (history API v1.0).

     Answers the engine's supported versions and product specifications. The doc marks both query
    parameters, instance_id and product_id, as required. The path has no project id. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        instance_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1ProductList
    """

    return sync_detailed(
        client=client,
        instance_id=instance_id,
        product_id=product_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str,
    product_id: str,
) -> Response[Error | V1ProductList]:
    """List product specifications (history API v1.0).

     Answers the engine's supported versions and product specifications. The doc marks both query
    parameters, instance_id and product_id, as required. The path has no project id. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        instance_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | V1ProductList]
    """

    kwargs = _get_kwargs(
        instance_id=instance_id,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    instance_id: str,
    product_id: str,
) -> Error | V1ProductList | None:
    """List product specifications (history API v1.0).

     Answers the engine's supported versions and product specifications. The doc marks both query
    parameters, instance_id and product_id, as required. The path has no project id. Part of the history
    API v1.0 (002 §8.1: the doc files it under "history API" without calling it deprecated or not
    recommended); chapter 5 holds the current calls. No official SDK has this call.

    Args:
        instance_id (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | V1ProductList
    """

    return (
        await asyncio_detailed(
            client=client,
            instance_id=instance_id,
            product_id=product_id,
        )
    ).parsed
