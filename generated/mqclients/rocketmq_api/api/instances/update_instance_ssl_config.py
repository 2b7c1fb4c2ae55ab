from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.modify_instance_ssl_config_response import ModifyInstanceSslConfigResponse
from ...models.plain_ssl_switch_rep import PlainSSLSwitchRep
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    engine: str,
    instance_id: str,
    *,
    body: PlainSSLSwitchRep | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/{engine}/instances/{instance_id}/plain-ssl-switch".format(
            project_id=quote(str(project_id), safe=""),
            engine=quote(str(engine), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ModifyInstanceSslConfigResponse:
    if response.status_code == 200:
        response_200 = ModifyInstanceSslConfigResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ModifyInstanceSslConfigResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    engine: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlainSSLSwitchRep | Unset = UNSET,
) -> Response[Error | ModifyInstanceSslConfigResponse]:
    """Change the instance's SSL and plaintext access settings.

     Sets how clients connect (`tls_mode`: plaintext, SSL or both); the answer carries the id of the
    background job that applies it and the mode.

    Args:
        project_id (str):
        engine (str):
        instance_id (str):
        body (PlainSSLSwitchRep | Unset): SDK model PlainSSLSwitchRep (huaweicloudsdkrocketmq
            3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyInstanceSslConfigResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        engine=engine,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    engine: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlainSSLSwitchRep | Unset = UNSET,
) -> Error | ModifyInstanceSslConfigResponse | None:
    """Change the instance's SSL and plaintext access settings.

     Sets how clients connect (`tls_mode`: plaintext, SSL or both); the answer carries the id of the
    background job that applies it and the mode.

    Args:
        project_id (str):
        engine (str):
        instance_id (str):
        body (PlainSSLSwitchRep | Unset): SDK model PlainSSLSwitchRep (huaweicloudsdkrocketmq
            3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyInstanceSslConfigResponse
    """

    return sync_detailed(
        project_id=project_id,
        engine=engine,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    engine: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlainSSLSwitchRep | Unset = UNSET,
) -> Response[Error | ModifyInstanceSslConfigResponse]:
    """Change the instance's SSL and plaintext access settings.

     Sets how clients connect (`tls_mode`: plaintext, SSL or both); the answer carries the id of the
    background job that applies it and the mode.

    Args:
        project_id (str):
        engine (str):
        instance_id (str):
        body (PlainSSLSwitchRep | Unset): SDK model PlainSSLSwitchRep (huaweicloudsdkrocketmq
            3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ModifyInstanceSslConfigResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        engine=engine,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    engine: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PlainSSLSwitchRep | Unset = UNSET,
) -> Error | ModifyInstanceSslConfigResponse | None:
    """Change the instance's SSL and plaintext access settings.

     Sets how clients connect (`tls_mode`: plaintext, SSL or both); the answer carries the id of the
    background job that applies it and the mode.

    Args:
        project_id (str):
        engine (str):
        instance_id (str):
        body (PlainSSLSwitchRep | Unset): SDK model PlainSSLSwitchRep (huaweicloudsdkrocketmq
            3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ModifyInstanceSslConfigResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            engine=engine,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
