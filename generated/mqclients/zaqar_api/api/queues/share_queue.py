from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pre_signed_url import PreSignedUrl
from ...models.pre_signed_url_request import PreSignedUrlRequest
from ...types import Response


def _get_kwargs(
    queue_name: str,
    *,
    body: PreSignedUrlRequest,
    client_id: str,
    x_project_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["Client-ID"] = client_id

    headers["X-Project-ID"] = x_project_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/queues/{queue_name}/share".format(
            queue_name=quote(str(queue_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PreSignedUrl | None:
    if response.status_code == 200:
        response_200 = PreSignedUrl.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PreSignedUrl]:
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
    body: PreSignedUrlRequest,
    client_id: str,
    x_project_id: str,
) -> Response[Error | PreSignedUrl]:
    """Create a pre-signed URL that grants access to a queue's resources.

     Signs (HMAC-SHA256 with the server's `[signed_url] secret_key`) a grant for the given paths and
    methods of the queue until `expires`. Whoever holds the answer can call those paths by sending
    `URL-Signature`, `URL-Expires`, `URL-Methods`, `URL-Paths` and `X-Project-ID` headers instead of
    credentials. The body is required (send `{}` for the defaults). The queue need not exist.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PreSignedUrlRequest): What a pre-signed URL grants. Unknown keys are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreSignedUrl]
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
    body: PreSignedUrlRequest,
    client_id: str,
    x_project_id: str,
) -> Error | PreSignedUrl | None:
    """Create a pre-signed URL that grants access to a queue's resources.

     Signs (HMAC-SHA256 with the server's `[signed_url] secret_key`) a grant for the given paths and
    methods of the queue until `expires`. Whoever holds the answer can call those paths by sending
    `URL-Signature`, `URL-Expires`, `URL-Methods`, `URL-Paths` and `X-Project-ID` headers instead of
    credentials. The body is required (send `{}` for the defaults). The queue need not exist.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PreSignedUrlRequest): What a pre-signed URL grants. Unknown keys are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreSignedUrl
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
    body: PreSignedUrlRequest,
    client_id: str,
    x_project_id: str,
) -> Response[Error | PreSignedUrl]:
    """Create a pre-signed URL that grants access to a queue's resources.

     Signs (HMAC-SHA256 with the server's `[signed_url] secret_key`) a grant for the given paths and
    methods of the queue until `expires`. Whoever holds the answer can call those paths by sending
    `URL-Signature`, `URL-Expires`, `URL-Methods`, `URL-Paths` and `X-Project-ID` headers instead of
    credentials. The body is required (send `{}` for the defaults). The queue need not exist.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PreSignedUrlRequest): What a pre-signed URL grants. Unknown keys are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PreSignedUrl]
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
    body: PreSignedUrlRequest,
    client_id: str,
    x_project_id: str,
) -> Error | PreSignedUrl | None:
    """Create a pre-signed URL that grants access to a queue's resources.

     Signs (HMAC-SHA256 with the server's `[signed_url] secret_key`) a grant for the given paths and
    methods of the queue until `expires`. Whoever holds the answer can call those paths by sending
    `URL-Signature`, `URL-Expires`, `URL-Methods`, `URL-Paths` and `X-Project-ID` headers instead of
    credentials. The body is required (send `{}` for the defaults). The queue need not exist.

    Args:
        queue_name (str):
        client_id (str): A UUID, canonical (36 characters with dashes) or as 32 hex digits.
        x_project_id (str):
        body (PreSignedUrlRequest): What a pre-signed URL grants. Unknown keys are 400.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PreSignedUrl
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
