from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alter_auto_volume_expand_config import AlterAutoVolumeExpandConfig
from ...models.error import Error
from ...models.update_volume_expansion_config_response import UpdateVolumeExpansionConfigResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: AlterAutoVolumeExpandConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/instances/{instance_id}/auto-volume-expand".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateVolumeExpansionConfigResponse:
    if response.status_code == 200:
        response_200 = UpdateVolumeExpansionConfigResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UpdateVolumeExpansionConfigResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AlterAutoVolumeExpandConfig,
) -> Response[Error | UpdateVolumeExpansionConfigResponse]:
    """Change the instance's automatic disk expansion settings.

     Turns automatic disk expansion on or off and sets its threshold, step and upper limit; the answer
    carries a short message.

    Args:
        project_id (str):
        instance_id (str):
        body (AlterAutoVolumeExpandConfig): SDK model AlterAutoVolumeExpandConfig
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateVolumeExpansionConfigResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AlterAutoVolumeExpandConfig,
) -> Error | UpdateVolumeExpansionConfigResponse | None:
    """Change the instance's automatic disk expansion settings.

     Turns automatic disk expansion on or off and sets its threshold, step and upper limit; the answer
    carries a short message.

    Args:
        project_id (str):
        instance_id (str):
        body (AlterAutoVolumeExpandConfig): SDK model AlterAutoVolumeExpandConfig
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateVolumeExpansionConfigResponse
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AlterAutoVolumeExpandConfig,
) -> Response[Error | UpdateVolumeExpansionConfigResponse]:
    """Change the instance's automatic disk expansion settings.

     Turns automatic disk expansion on or off and sets its threshold, step and upper limit; the answer
    carries a short message.

    Args:
        project_id (str):
        instance_id (str):
        body (AlterAutoVolumeExpandConfig): SDK model AlterAutoVolumeExpandConfig
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateVolumeExpansionConfigResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AlterAutoVolumeExpandConfig,
) -> Error | UpdateVolumeExpansionConfigResponse | None:
    """Change the instance's automatic disk expansion settings.

     Turns automatic disk expansion on or off and sets its threshold, step and upper limit; the answer
    carries a short message.

    Args:
        project_id (str):
        instance_id (str):
        body (AlterAutoVolumeExpandConfig): SDK model AlterAutoVolumeExpandConfig
            (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UpdateVolumeExpansionConfigResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
