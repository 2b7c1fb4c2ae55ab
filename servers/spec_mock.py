"""A loopback HTTP server that checks every request against an OpenAPI spec of ours.

For each request it finds the spec operation (method + path template), then checks the path parameters, the query
and the JSON body against the operation's schemas, runs an optional ``verify`` hook (a signature check), and
answers through a handler of the test's (stateful fakes) or with the operation's documented example. Every problem
is recorded on ``server.problems`` (and answered with 400), so a test can assert that the client sent exactly what
the spec describes.

Loopback only; started in a thread by ``serve()``, stopped by its context manager.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema

from codegen import specs
from servers.spec_values import synthesize


@dataclass
class Received:
    """One request as it arrived, matched to its spec operation."""

    method: str
    raw_path: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    operation_id: str | None = None
    path_params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def form(self) -> list[tuple[str, str]]:
        """The form-encoded body's (key, value) pairs, decoded."""
        return parse_qsl(self.body.decode("utf-8"), keep_blank_values=True)

    def form_dict(self) -> dict[str, str]:
        return dict(self.form())

    def query_dict(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key, value in self.query:
            out.setdefault(key, []).append(value)
        return out


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Received], Reply]
Verifier = Callable[[Received], str | None]


@dataclass
class _Route:
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    operation: dict[str, Any]
    parameters: list[dict[str, Any]]


@functools.lru_cache(maxsize=8)
def _load(spec_path: Path) -> dict[str, Any]:
    """A spec, parsed once per process (servers are started per test; specs are large)."""
    return specs.load(spec_path).doc


def _specificity(regex: str) -> tuple[int, ...]:
    """Per path segment, 0 for a literal and 1 for a parameter: sorting by it puts literal segments first."""
    return tuple(int(segment.startswith("(?P<")) for segment in regex.split("/"))


_INDEXED = re.compile(r"^(?P<name>.+)\.(?P<index>\d+)$")


def _form_values(
    pairs: list[tuple[str, str]], schema: Mapping[str, Any], ignored: frozenset[str]
) -> tuple[dict[str, Any], list[str]]:
    """A form body as the JSON value its schema describes: ``name.N`` keys become arrays (indices must be
    consecutive), scalars take their property's type. Returns the value and the problems found on the way."""
    properties = schema.get("properties", {})
    values: dict[str, Any] = {}
    arrays: dict[str, dict[int, str]] = {}
    problems: list[str] = []
    for key, value in pairs:
        if key in ignored:
            continue
        indexed = _INDEXED.match(key)
        if indexed and properties.get(indexed["name"], {}).get("type") == "array":
            arrays.setdefault(indexed["name"], {})[int(indexed["index"])] = value
        elif key in values:
            problems.append(f"form field {key} repeated")
        else:
            values[key] = _coerce(value, properties.get(key, {}))
    for name, items in arrays.items():
        indexes = sorted(items)
        if indexes != list(range(indexes[0], indexes[0] + len(indexes))):
            problems.append(f"form array {name}: indices {indexes} are not consecutive")
        item_schema = properties[name].get("items", {})
        values[name] = [_coerce(items[i], item_schema) for i in indexes]
    return values, problems


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """A query/path string as the JSON type its schema names (so the schema can check it)."""
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds:
        with contextlib.suppress(ValueError):
            return int(value)
    if "number" in kinds:
        with contextlib.suppress(ValueError):
            return float(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


class SpecServer:
    """Routes and checks requests against one spec; see the module docstring."""

    def __init__(
        self, spec_path: Path, *, verify: Verifier | None = None, ignore_form_fields: frozenset[str] = frozenset()
    ) -> None:
        self.doc = _load(spec_path)
        self.verify = verify
        # form fields a signer adds (Timestamp, Nonce, Signature, ...): checked by ``verify``, not by the spec
        self.ignore_form_fields = ignore_form_fields
        self.handlers: dict[str, Handler] = {}
        self.received: list[Received] = []
        self.problems: list[str] = []
        self._lock = threading.Lock()
        self._routes = self._build_routes()

    def _build_routes(self) -> list[_Route]:
        routes = []
        for path, method, op in specs.operations(self.doc):  # path-item parameters merged into each operation's
            template = path.split("#", 1)[0]
            regex = "^" + re.sub(r"\\{([^}]+)\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "/?$"
            params = [specs.resolve(self.doc, p) for p in op["parameters"]]
            routes.append(_Route(op["operationId"], method.upper(), re.compile(regex), op, params))
        # OpenAPI: a concrete path is matched before a templated one (/v2/{project_id}/rocketmq/... before
        # /v2/{engine}/{project_id}/...); stable, so operations sharing a path keep the spec's order.
        return sorted(routes, key=lambda route: _specificity(route.pattern.pattern))

    def check(self, received: Received) -> tuple[_Route | None, list[str]]:
        """The matched route and every way the request departs from the spec.

        Operations that share a method and path (spec path keys that differ only by a ``#fragment``) are told
        apart by the request itself: the first one it conforms to wins; if it conforms to none, the problems are
        reported against the first candidate.
        """
        outcomes = []
        for route in self._routes:
            found = route.pattern.match(received.path)
            if route.method == received.method and found:
                path_params = {k: unquote(v) for k, v in found.groupdict().items()}
                problems = self._check_route(route, received, path_params)
                if not problems:
                    received.path_params = path_params
                    return route, []
                outcomes.append((route, path_params, problems))
        if not outcomes:
            return None, [f"{received.method} {received.path}: no spec operation matches"]
        route, received.path_params, problems = outcomes[0]
        return route, problems

    def _check_route(self, route: _Route, received: Received, path_params: dict[str, str]) -> list[str]:
        problems: list[str] = []
        where = route.operation_id
        query = received.query_dict()
        for param in route.parameters:
            name, location, schema = param["name"], param["in"], param.get("schema", {})
            if location == "path":
                values = [path_params.get(name)]
            elif location == "query":
                values = list(query.get(name, [])) or [None]
            elif location == "header":
                values = [received.headers.get(name.lower())]
            else:
                continue
            if values == [None]:
                if param.get("required"):
                    problems.append(f"{where}: required {location} parameter {name} missing")
                continue
            if location == "query" and schema.get("type") == "array":
                candidate: Any = [_coerce(v, schema.get("items", {})) for v in values if v is not None]
            else:
                candidate = _coerce(str(values[-1]), schema)
            for error in jsonschema.Draft202012Validator(schema).iter_errors(candidate):
                problems.append(f"{where}: {location} parameter {name}={candidate!r}: {error.message}")
        declared = {p["name"] for p in route.parameters if p["in"] == "query"}
        problems += [f"{where}: undocumented query parameter {k}" for k in query if k not in declared]
        body_spec = specs.resolve(self.doc, route.operation.get("requestBody", {}))
        content = body_spec.get("content", {})
        if received.body:
            ctype = received.headers.get("content-type", "").split(";")[0].strip()
            if not ctype and len(content) == 1:
                ctype = next(iter(content))  # no Content-Type (the legacy CMQ SDK sends none): the only one documented
            media = content.get(ctype)
            if media is None:
                problems.append(f"{where}: body of type {ctype!r}, the spec has {sorted(content)}")
            elif ctype == "application/x-www-form-urlencoded":
                body_schema = media.get("schema", {})
                form, form_problems = _form_values(received.form(), body_schema, self.ignore_form_fields)
                problems += [f"{where}: {p}" for p in form_problems]
                for error in jsonschema.Draft202012Validator(body_schema).iter_errors(form):
                    at = "/".join(str(p) for p in error.absolute_path)
                    problems.append(f"{where}: form at '{at}': {error.message}")
            elif "json" in ctype:
                try:
                    body = json.loads(received.body)
                except ValueError:
                    problems.append(f"{where}: body is not JSON")
                else:
                    validator = jsonschema.Draft202012Validator(media.get("schema", {}))
                    for error in validator.iter_errors(body):
                        at = "/".join(str(p) for p in error.absolute_path)
                        problems.append(f"{where}: body at '{at}': {error.message}")
        elif body_spec.get("required"):
            problems.append(f"{where}: required body missing")
        if self.verify is not None:
            failure = self.verify(received)
            if failure:
                problems.append(f"{where}: {failure}")
        return problems

    def example_reply(self, route: _Route) -> Reply:
        """The operation's first documented success status, with its example body (or a synthesized one)."""
        for status, response in route.operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            response = specs.resolve(self.doc, response)
            for media in (response.get("content") or {}).values():
                if "example" in media:
                    return Reply(int(status), media["example"])
                return Reply(int(status), synthesize(media.get("schema", {}), every_property=True))
            return Reply(int(status))
        return Reply(200, {})

    def serve_pages(self, operation_id: str, items: Sequence[Any]) -> None:
        """Answer ``operation_id`` with ``items``, one page per request, paged the way its ``x-pagination`` says
        (``offset`` or ``start`` style, in the query): each page body is synthesized from the success schema, with
        the page's items and the total (typed as the schema types it) set."""
        route = next(r for r in self._routes if r.operation_id == operation_id)
        decl = route.operation["x-pagination"]
        if decl["style"] == "offset":
            position_param, first = decl["offset_param"], 0
        elif decl["style"] == "start":
            position_param, first = decl["start_param"], decl.get("first", 1)
        else:
            raise ValueError(f"{operation_id}: serve_pages serves offset and start paging, not {decl['style']}")
        response = specs.resolve(self.doc, route.operation["responses"]["200"])
        page_schema = specs.resolve(self.doc, next(iter(response["content"].values()))["schema"])
        total_schema = page_schema.get("properties", {}).get(decl.get("total"), {})
        listed = list(items)

        def handle(received: Received) -> Reply:
            query = received.query_dict()
            position = max(int(query.get(position_param, [str(first)])[0]), first) - first
            limit = int(query.get(decl.get("limit_param", "limit"), ["10"])[0])
            body = synthesize(page_schema, every_property=True)
            body[decl["items"]] = listed[position : position + limit]
            if decl.get("total"):
                body[decl["total"]] = str(len(listed)) if total_schema.get("type") == "string" else len(listed)
            return Reply(200, body)

        self.handlers[operation_id] = handle

    def handle(self, received: Received) -> Reply:
        route, problems = self.check(received)
        with self._lock:
            self.received.append(received)
            self.problems.extend(problems)
        if route is None:
            return Reply(404, {"error_code": "NOT_IN_SPEC", "error_msg": problems[0]})
        received.operation_id = route.operation_id
        if problems:
            return Reply(400, {"error_code": "SPEC_MISMATCH", "error_msg": "; ".join(problems)})
        handler = self.handlers.get(route.operation_id)
        return handler(received) if handler else self.example_reply(route)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
    spec_server: SpecServer

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        received = Received(
            method=self.command,
            raw_path=parts.path,
            path=parts.path,
            query=parse_qsl(parts.query, keep_blank_values=True),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        reply = self.spec_server.handle(received)
        payload = b"" if reply.body is None else json.dumps(reply.body).encode()
        self.send_response(reply.status)
        headers = {"X-Request-Id": f"req-{len(self.spec_server.received)}", **reply.headers}
        if payload:
            headers.setdefault("Content-Type", "application/json")
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        return


@contextlib.contextmanager
def serve(spec_server: SpecServer) -> Iterator[str]:
    """Run ``spec_server`` on 127.0.0.1 (a free port) in a thread; yield its base URL; stop it on exit."""
    handler = type("BoundHandler", (_RequestHandler,), {"spec_server": spec_server})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    # a short poll interval: shutdown() waits for it, and tests start one server each
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="spec-mock", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
