"""Small builders for runtime tests: operations and transports over ``httpx.MockTransport``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from mqclients._core.operation import ErrorShape, Operation, Pagination
from mqclients._core.options import RetryPolicy
from mqclients._core.transport import AsyncTransport, SyncTransport, TransportConfig

Handler = Callable[[httpx.Request], httpx.Response]
BASE = "http://127.0.0.1:9"


def op(
    method: str = "GET",
    *,
    idempotent: bool | None = None,
    expected: tuple[int, ...] = (200,),
    pagination: Pagination | None = None,
    **extra: Any,
) -> Operation:
    return Operation(
        name=f"test_{method.lower()}",
        method=method,
        path="/things",
        idempotent=method in ("GET", "PUT", "DELETE", "HEAD") if idempotent is None else idempotent,
        expected_statuses=frozenset(expected),
        pagination=pagination,
        **extra,
    )


def kwargs(method: str = "GET", url: str = "/things", **extra: Any) -> dict[str, Any]:
    return {"method": method, "url": url, **extra}


def config(**overrides: Any) -> TransportConfig:
    values: dict[str, Any] = {
        "base_url": BASE,
        "retry": RetryPolicy(max_retries=2, backoff_base=0.0, backoff_max=0.0),
        "error_shape": ErrorShape(code="code", message="message", request_id_header="x-request-id"),
    }
    values.update(overrides)
    return TransportConfig(**values)


def sync_transport(handler: Handler, **overrides: Any) -> SyncTransport:
    cfg = config(**overrides)
    return SyncTransport(cfg, httpx.Client(base_url=cfg.base_url, transport=httpx.MockTransport(handler)))


def async_transport(handler: Handler, **overrides: Any) -> AsyncTransport:
    cfg = config(**overrides)
    return AsyncTransport(cfg, httpx.AsyncClient(base_url=cfg.base_url, transport=httpx.MockTransport(handler)))


class Recorder:
    """A MockTransport handler that answers from a script and keeps every request it saw."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer
