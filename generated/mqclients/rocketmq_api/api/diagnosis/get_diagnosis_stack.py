from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.show_diagnosis_stack_response import ShowDiagnosisStackResponse
from ...types import Response


def _get_kwargs(
    engine: str,
    project_id: str,
    stack_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{engine}/{project_id}/diagnosis/stack/{stack_id}".format(
            engine=quote(str(engine), safe=""),
            project_id=quote(str(project_id), safe=""),
            stack_id=quote(str(stack_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ShowDiagnosisStackResponse:
    if response.status_code == 200:
        response_200 = ShowDiagnosisStackResponse.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ShowDiagnosisStackResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    engine: str,
    project_id: str,
    stack_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisStackResponse]:
    """Get a thread stack captured by a diagnosis.

     A client thread's name and stack, captured by a diagnosis and named by `stack_id`.

    Args:
        engine (str):
        project_id (str):
        stack_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisStackResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        stack_id=stack_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    engine: str,
    project_id: str,
    stack_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisStackResponse | None:
    """Get a thread stack captured by a diagnosis.

     A client thread's name and stack, captured by a diagnosis and named by `stack_id`.

    Args:
        engine (str):
        project_id (str):
        stack_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisStackResponse
    """

    return sync_detailed(
        engine=engine,
        project_id=project_id,
        stack_id=stack_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    engine: str,
    project_id: str,
    stack_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ShowDiagnosisStackResponse]:
    """Get a thread stack captured by a diagnosis.

     A client thread's name and stack, captured by a diagnosis and named by `stack_id`.

    Args:
        engine (str):
        project_id (str):
        stack_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ShowDiagnosisStackResponse]
    """

    kwargs = _get_kwargs(
        engine=engine,
        project_id=project_id,
        stack_id=stack_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    engine: str,
    project_id: str,
    stack_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ShowDiagnosisStackResponse | None:
    """Get a thread stack captured by a diagnosis.

     A client thread's name and stack, captured by a diagnosis and named by `stack_id`.

    Args:
        engine (str):
        project_id (str):
        stack_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ShowDiagnosisStackResponse
    """

    return (
        await asyncio_detailed(
            engine=engine,
            project_id=project_id,
            stack_id=stack_id,
            client=client,
        )
    ).parsed
