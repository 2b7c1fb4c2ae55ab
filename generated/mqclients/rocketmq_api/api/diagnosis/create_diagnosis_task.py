from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_diagnosis_task_response import CreateDiagnosisTaskResponse
from ...models.diagnosis_req import DiagnosisReq
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    body: DiagnosisReq,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{engine}/{project_id}/instances/{instance_id}/diagnosis".format(
            engine=quote(str(engine), safe=""),
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
) -> CreateDiagnosisTaskResponse | Error:
    if response.status_code == 200:
        response_200 = CreateDiagnosisTaskResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateDiagnosisTaskResponse | Error]:
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
    body: DiagnosisReq,
) -> Response[CreateDiagnosisTaskResponse | Error]:
    """Start a diagnosis task for a consumer group of the instance.

     Starts diagnosing a consumer group (`group_name`, optionally only the nodes in `node_id_list`); the
    answer carries the id of the report that the task writes.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DiagnosisReq): SDK model DiagnosisReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDiagnosisTaskResponse | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        body=body,
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
    body: DiagnosisReq,
) -> CreateDiagnosisTaskResponse | Error | None:
    """Start a diagnosis task for a consumer group of the instance.

     Starts diagnosing a consumer group (`group_name`, optionally only the nodes in `node_id_list`); the
    answer carries the id of the report that the task writes.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DiagnosisReq): SDK model DiagnosisReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDiagnosisTaskResponse | Error
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiagnosisReq,
) -> Response[CreateDiagnosisTaskResponse | Error]:
    """Start a diagnosis task for a consumer group of the instance.

     Starts diagnosing a consumer group (`group_name`, optionally only the nodes in `node_id_list`); the
    answer carries the id of the report that the task writes.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DiagnosisReq): SDK model DiagnosisReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDiagnosisTaskResponse | Error]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DiagnosisReq,
) -> CreateDiagnosisTaskResponse | Error | None:
    """Start a diagnosis task for a consumer group of the instance.

     Starts diagnosing a consumer group (`group_name`, optionally only the nodes in `node_id_list`); the
    answer carries the id of the report that the task writes.

    Args:
        engine (str):
        project_id (str):
        instance_id (str):
        body (DiagnosisReq): SDK model DiagnosisReq (huaweicloudsdkrocketmq 3.1.219).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDiagnosisTaskResponse | Error
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
