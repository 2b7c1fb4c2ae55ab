from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.extend_product_list import ExtendProductList
from ...models.list_instance_extend_products_type import (
    ListInstanceExtendProductsType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    type_: ListInstanceExtendProductsType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/extend".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ExtendProductList | None:
    if response.status_code == 200:
        response_200 = ExtendProductList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ExtendProductList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListInstanceExtendProductsType | Unset = UNSET,
) -> Response[Error | ExtendProductList]:
    """List the specifications an instance can be scaled to.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        type_ (ListInstanceExtendProductsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExtendProductList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListInstanceExtendProductsType | Unset = UNSET,
) -> Error | ExtendProductList | None:
    """List the specifications an instance can be scaled to.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        type_ (ListInstanceExtendProductsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExtendProductList
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListInstanceExtendProductsType | Unset = UNSET,
) -> Response[Error | ExtendProductList]:
    """List the specifications an instance can be scaled to.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        type_ (ListInstanceExtendProductsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ExtendProductList]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_: ListInstanceExtendProductsType | Unset = UNSET,
) -> Error | ExtendProductList | None:
    """List the specifications an instance can be scaled to.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        type_ (ListInstanceExtendProductsType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ExtendProductList
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            type_=type_,
        )
    ).parsed
