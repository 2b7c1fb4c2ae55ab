from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.engine_product_list import EngineProductList
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    engine: str,
    *,
    type_: str,
    product_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["product_id"] = product_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/products".format(
            engine=quote(str(engine), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EngineProductList | Error | None:
    if response.status_code == 200:
        response_200 = EngineProductList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EngineProductList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    product_id: str,
) -> Response[EngineProductList | Error]:
    """List the product specifications of the message engine.

    Args:
        engine (str):
        type_ (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngineProductList | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        type_=type_,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    product_id: str,
) -> EngineProductList | Error | None:
    """List the product specifications of the message engine.

    Args:
        engine (str):
        type_ (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngineProductList | Error
    """

    return sync_detailed(
        engine=engine,
        client=client,
        type_=type_,
        product_id=product_id,
    ).parsed


async def asyncio_detailed(
    engine: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    product_id: str,
) -> Response[EngineProductList | Error]:
    """List the product specifications of the message engine.

    Args:
        engine (str):
        type_ (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EngineProductList | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        type_=type_,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    product_id: str,
) -> EngineProductList | Error | None:
    """List the product specifications of the message engine.

    Args:
        engine (str):
        type_ (str):
        product_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EngineProductList | Error
    """

    return (
        await asyncio_detailed(
            engine=engine,
            client=client,
            type_=type_,
            product_id=product_id,
        )
    ).parsed
