"""Auth shared across APIs: a secret sent as a header, never shown in a repr."""

from __future__ import annotations

from collections.abc import Generator

import httpx


class TokenHeaderAuth(httpx.Auth):
    """Sends a token in one header (``X-Auth-Token`` by default) on every request."""

    def __init__(self, token: str, header: str = "X-Auth-Token") -> None:
        self._token = token
        self._header = header

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self._header] = self._token
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(header={self._header!r}, token=[REDACTED])"
