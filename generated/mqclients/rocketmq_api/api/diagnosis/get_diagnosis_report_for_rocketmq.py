from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_diagnosis_report_for_rocket_mq_response import ShowDiagnosisReportForRocketMqResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    report_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/rocketmq/diagnosis/{report_id}".format(
            project_id=quote(str(project_id), safe=""),
            report_id=quote(str(report_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowDiagnosisReportForRocketMqResponse:
    if response.status_code == 200:
        response_200 = ShowDiagnosisReportForRocketMqResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowDiagnosisReportForRocketMqResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisReportForRocketMqResponse]:
    """Get one diagnosis report (engine-less path).

     The same request and answer as `get_diagnosis_report`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisReportForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        report_id=report_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisReportForRocketMqResponse | None:
    """Get one diagnosis report (engine-less path).

     The same request and answer as `get_diagnosis_report`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisReportForRocketMqResponse
    """

    return sync_detailed(
        project_id=project_id,
        report_id=report_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisReportForRocketMqResponse]:
    """Get one diagnosis report (engine-less path).

     The same request and answer as `get_diagnosis_report`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisReportForRocketMqResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        report_id=report_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    report_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisReportForRocketMqResponse | None:
    """Get one diagnosis report (engine-less path).

     The same request and answer as `get_diagnosis_report`, on the /v2/{project_id}/rocketmq/... path.

    Args:
        project_id (str):
        report_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisReportForRocketMqResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            report_id=report_id,
            client=client,
        )
    ).parsed
