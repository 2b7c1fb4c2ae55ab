"""Operating the server: request ids, structured (JSON lines) logs, and Prometheus metrics.

- Request ids: a request's ``X-Request-Id`` header is kept when it is 1 to 64 of ``[A-Za-z0-9._:-]`` (so a proxy's
  id follows the request), else one is made; it is answered in ``X-Request-Id`` and is in every log line written
  while the request runs (a ``contextvars`` variable, so concurrent requests do not mix).
- Logs: one JSON object a line on stderr (``ts``, ``level``, ``logger``, ``msg``, ``request_id`` and the fields a
  call passes in ``extra={"fields": {...}}``). ``--log-level info`` adds one line per JSON-RPC call: method, result
  code, duration. Parameters are never logged (they hold passwords, tokens and user data).
- Metrics (``prometheus_client``, a registry of the server's own): calls by method and outcome, their durations,
  requests in progress, and per queue the visible and in-flight elements (read from the store when scraped, at
  most ``MAX_QUEUES_IN_METRICS`` queues). Queue names are data, so ``/metrics`` answers only loopback clients by
  default (``--metrics loopback``); ``open`` serves everyone (behind a scraper-only network), ``off`` nobody.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import secrets
import time
from collections.abc import Callable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

REQUEST_ID_HEADER = "x-request-id"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
MAX_QUEUES_IN_METRICS = 1000
LOOPBACK = ("127.0.0.1", "::1")

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("qm_request_id", default="-")


def request_id_from(header: str | None) -> str:
    """The caller's request id when it is a sane one, else a fresh one."""
    if header and _REQUEST_ID.match(header):
        return header
    return secrets.token_hex(8)


class JsonLineFormatter(logging.Formatter):
    """A log record as one JSON object (no traceback: the app logs ``repr`` of an exception, rate-limited)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": round(record.created, 3),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": request_id_var.get(),
        }
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = repr(record.exc_info[1])[:500]  # one line: no traceback, no locals
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str) -> None:
    """JSON lines on stderr for the server's loggers (uvicorn's error log included)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLineFormatter())
    for name in ("mqclients.servers.queuemanager", "uvicorn.error"):
        log = logging.getLogger(name)
        log.handlers[:] = [handler]
        log.setLevel(level.upper())
        log.propagate = False


class _QueueDepths(Collector):
    """Per-queue gauges read at scrape time (``depths`` is set by the app before ``generate_latest``)."""

    def __init__(self) -> None:
        self.depths: list[tuple[str, int, int]] = []

    def collect(self) -> Any:
        visible = GaugeMetricFamily("qm_queue_visible_elements", "Elements waiting in the queue", labels=["queue"])
        flying = GaugeMetricFamily("qm_queue_in_flight_elements", "Elements taken, not yet acked", labels=["queue"])
        for queue, waiting, in_flight in self.depths:
            visible.add_metric([queue], waiting)
            flying.add_metric([queue], in_flight)
        yield visible
        yield flying


class Metrics:
    """The server's metrics, in a registry of its own (no process-global state, one per app)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.calls = Counter(
            "qm_rpc_calls", "JSON-RPC calls by method and outcome", ["method", "outcome"], registry=self.registry
        )
        self.seconds = Histogram(
            "qm_rpc_call_seconds",
            "Time to answer a JSON-RPC call, by method",
            ["method"],
            registry=self.registry,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
        )
        self.in_progress = Gauge("qm_http_requests_in_progress", "HTTP requests being answered", registry=self.registry)
        self._depths = _QueueDepths()
        self.registry.register(self._depths)

    def observe(
        self, method: str, outcome: str, started: float, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.calls.labels(method, outcome).inc()
        self.seconds.labels(method).observe(clock() - started)

    def render(self, depths: list[tuple[str, int, int]]) -> bytes:
        self._depths.depths = depths
        return generate_latest(self.registry)
