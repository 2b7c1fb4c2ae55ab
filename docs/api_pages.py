"""One reference page per API, written from its spec and its generated facade when the site is built.

Each page has the client's constructor (mkdocstrings, from the hand-written docstring), how errors map to
exceptions, and every operation: its HTTP request, summary and description, parameters, request body model,
return type (the facade method's annotation, so it is the one users get) and the errors the spec declares.

Run by mkdocs as a hook (``hooks:`` in mkdocs.yml); ``python -m docs.api_pages DIR`` writes the pages to a folder
for reading without mkdocs.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from codegen import specs

# The wrapper module and client classes of each API (the facade is ``mqclients.<package>_api.facade``).
CLIENTS = {
    "zaqar": ("mqclients.zaqar", "Zaqar", "AsyncZaqar"),
    "dms": ("mqclients.dms", "DMS", "AsyncDMS"),
    "rocketmq": ("mqclients.rocketmq", "RocketMQ", "AsyncRocketMQ"),
    "cmq": ("mqclients.cmq", "CMQ", "AsyncCMQ"),
    "queuemanager": ("mqclients.queuemanager", "QueueManager", "AsyncQueueManager"),
}
_STATUS_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    429: "RateLimitError",
}
_CATEGORY_CLASSES = {
    "bad_request": "BadRequestError",
    "authentication": "AuthenticationError",
    "permission_denied": "PermissionDeniedError",
    "not_found": "NotFoundError",
    "conflict": "ConflictError",
    "rate_limit": "RateLimitError",
    "server": "ServerError",
}


def _cell(text: Any) -> str:
    """Text fit for one table cell: one line, pipes escaped outside code spans (inside them a table keeps them)."""
    parts = " ".join(str(text).split()).split("`")
    return "`".join(part if index % 2 else part.replace("|", "\\|") for index, part in enumerate(parts))


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return str(node["$ref"]).rsplit("/", 1)[-1]
    return None


def type_text(doc: Mapping[str, Any], schema: Any) -> str:
    """A schema as a short type: ``string``, ``integer (int64)``, ``array of Queue``, ``"a" | "b"``, a model name."""
    name = _ref_name(schema)
    if name is not None:
        return f"`{name}`"
    schema = specs.deref(doc, schema)
    if not isinstance(schema, dict):
        return "any"
    if "enum" in schema:
        return ", ".join(f"`{value!r}`" for value in schema["enum"])
    for combinator in ("oneOf", "anyOf"):
        if combinator in schema:
            return " or ".join(type_text(doc, branch) for branch in schema[combinator])
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return type_text(doc, schema["allOf"][0])
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = " or ".join(str(k) for k in kind)
    if kind == "array":
        return f"array of {type_text(doc, schema.get('items', {}))}"
    if "format" in schema:
        return f"{kind} ({schema['format']})"
    return str(kind)


def _rules(schema: Mapping[str, Any]) -> str:
    """The constraints a reader needs beside the description."""
    shown = []
    for key, label in (
        ("minimum", "≥"),
        ("maximum", "≤"),
        ("minLength", "length ≥"),
        ("maxLength", "length ≤"),
        ("minItems", "items ≥"),
        ("maxItems", "items ≤"),
    ):
        if key in schema:
            shown.append(f"{label} {schema[key]}")
    if "pattern" in schema:
        shown.append(f"pattern `{schema['pattern']}`")
    if "default" in schema:
        shown.append(f"default `{schema['default']!r}`")
    return "; ".join(shown)


def _parameters(doc: Mapping[str, Any], op: Mapping[str, Any]) -> Iterator[str]:
    params = [specs.deref(doc, p) for p in op.get("parameters") or []]
    params = [p for p in params if not p.get("x-client-param")]
    if not params:
        return
    yield "| parameter | in | type | required | description |"
    yield "|---|---|---|---|---|"
    for param in params:
        schema_node = param.get("schema", {})
        described = _explained(doc, schema_node, param.get("description"))
        yield (
            f"| `{param.get('name')}` | {param.get('in')} | {type_text(doc, schema_node)} | "
            f"{'yes' if param.get('required') else 'no'} | {described} |"
        )
    yield ""


def _explained(doc: Mapping[str, Any], schema_node: Any, description: str | None = None) -> str:
    """A table cell: the description (the parameter's, else its schema's), then the schema's rules in brackets."""
    schema = specs.deref(doc, schema_node)
    if not isinstance(schema, dict):
        return _cell(description or "")
    rules = _rules(schema)
    text = _cell(description or schema.get("description") or "")
    return f"{text} ({rules})" if rules else text


def _body(doc: Mapping[str, Any], op: Mapping[str, Any]) -> Iterator[str]:
    body = specs.deref(doc, op.get("requestBody"))
    if not isinstance(body, dict):
        return
    content = body.get("content") or {}
    if not content:
        return
    media, entry = next(iter(content.items()))
    schema_node = entry.get("schema", {}) if isinstance(entry, dict) else {}
    required_body = "required" if body.get("required") else "optional"
    yield f"**Request body** ({required_body}, `{media}`): {type_text(doc, schema_node)}"
    yield ""
    schema = specs.deref(doc, schema_node)
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if not properties:
        return
    required = set(schema.get("required") or [])
    yield "| field | type | required | description |"
    yield "|---|---|---|---|"
    for name, sub in properties.items():
        yes_no = "yes" if name in required else "no"
        yield f"| `{name}` | {type_text(doc, sub)} | {yes_no} | {_explained(doc, sub)} |"
    yield ""


def _errors(doc: Mapping[str, Any], op: Mapping[str, Any]) -> Iterator[str]:
    rows = []
    for status, response in (op.get("responses") or {}).items():
        code = str(status)
        if code.startswith(("1", "2", "3")):
            continue
        resolved = specs.deref(doc, response)
        description = _cell(resolved.get("description", "")) if isinstance(resolved, dict) else ""
        if code.isdigit():
            error_class = "ServerError" if int(code) >= 500 else _STATUS_CLASSES.get(int(code), "APIError")
        else:
            error_class = "APIError"
        rows.append(f"| {code} | `errors.{error_class}` | {description} |")
    if rows:
        yield "**Errors** (besides those of every call: see [Errors and retries](../errors.md))"
        yield ""
        yield "| status | raises | when |"
        yield "|---|---|---|"
        yield from rows
        yield ""


def _return_type(facade: Any, class_name: str, operation_id: str) -> str:
    method = getattr(getattr(facade, f"{class_name}Operations", None), operation_id, None)
    if method is None:
        return "see the facade"
    annotation = inspect.signature(method).return_annotation
    return str(annotation if isinstance(annotation, str) else getattr(annotation, "__name__", annotation))


def page(spec: specs.Spec) -> str:
    """The Markdown page of one API."""
    doc = spec.doc
    info = doc.get("info", {})
    module, sync_class, async_class = CLIENTS.get(spec.package, (f"mqclients.{spec.package}", spec.client_class, ""))
    facade = importlib.import_module(f"mqclients.{spec.package}_api.facade")
    operations_meta = getattr(facade, "OPERATIONS", {})
    operations = specs.operations(doc)
    lines = [
        f"# {info.get('title', spec.api_id)}",
        "",
        f"Spec: `specs/{spec.path.name}` (version {info.get('version', '?')}) · {len(operations)} operations · "
        f"client: `{module}.{sync_class}`" + (f" and `{module}.{async_class}`" if async_class else ""),
        "",
        str(info.get("summary") or "").strip(),
        "",
        str(info.get("description") or "").strip(),
        "",
        "## Client",
        "",
        f"::: {module}.{sync_class}",
        "    options:",
        "      show_root_heading: false",
        "      show_root_toc_entry: false",
        "      show_bases: false",
        "      inherited_members: true",
        "      members: [__init__, from_cloud, consume, send_batched, with_options]",
        "      heading_level: 3",
        "",
    ]
    if async_class:
        lines += [
            f"`{async_class}` takes the same arguments; its methods are awaited (`async for` over list methods).",
            "",
        ]
    lines += list(_error_section(facade))
    lines += ["## Operations", "", "| method | HTTP | returns | summary |", "|---|---|---|---|"]
    for path, method, op in operations:
        name = str(op.get("operationId"))
        http = f"{method.upper()} {path.split('#', 1)[0]}"
        returns = _cell(f"`{_return_type(facade, spec.client_class, name)}`")
        lines.append(f"| [`{name}`](#{name}) | `{http}` | {returns} | {_cell(op.get('summary', ''))} |")
    lines.append("")
    for path, method, op in operations:
        name = str(op.get("operationId"))
        meta = operations_meta.get(name)
        facts = [f"`{method.upper()} {path}`"]
        if op.get("x-doc"):
            facts.append(f"doc: {_cell(op['x-doc'])}")
        if op.get("x-sdk-name"):
            facts.append(f"official SDK: `{op['x-sdk-name']}`")
        if meta is not None:
            facts.append(
                "idempotent: retried" if getattr(meta, "idempotent", False) else "not idempotent: not replayed"
            )
            if getattr(meta, "pagination", None) is not None:
                facts.append("paginated: returns a pager")
        lines += [f"### `{name}` {{#{name}}}", "", " · ".join(facts), ""]
        lines += [str(op.get("summary", "")).strip(), ""]
        if op.get("description"):
            lines += [str(op["description"]).strip(), ""]
        lines += list(_parameters(doc, op))
        lines += list(_body(doc, op))
        lines += [f"**Returns**: `{_return_type(facade, spec.client_class, name)}`", ""]
        lines += list(_errors(doc, op))
        for erratum in op.get("x-doc-errata") or []:
            lines += [f'!!! note "Where the document is wrong or unclear"\n    {_cell(erratum)}', ""]
    return "\n".join(lines).rstrip() + "\n"


def _error_section(facade: Any) -> Iterator[str]:
    yield "## Errors"
    yield ""
    yield (
        "Every failure is an `mqclients.errors.MQClientError`. Error answers raise an `APIError` subclass chosen by "
        "HTTP status (400 `BadRequestError`, 401 `AuthenticationError`, 403 `PermissionDeniedError`, 404 "
        "`NotFoundError`, 409 `ConflictError`, 429 `RateLimitError`, 5xx `ServerError`)"
        + (", or by the vendor's error code:" if getattr(facade, "ERROR_CLASSES", None) else ".")
    )
    yield ""
    codes: Mapping[str, str] = getattr(facade, "ERROR_CLASSES", None) or {}
    if codes:
        yield "| vendor code | raises |"
        yield "|---|---|"
        for code, category in codes.items():
            yield f"| `{code}` | `errors.{_CATEGORY_CLASSES.get(category, 'APIError')}` |"
        yield ""


def api_specs() -> list[specs.Spec]:
    return specs.discover()


def on_files(files: Any, config: Any) -> Any:
    """mkdocs hook: add ``api/<package>.md`` for every spec."""
    from mkdocs.structure.files import File

    for spec in api_specs():
        files.append(File.generated(config, f"api/{spec.package}.md", content=page(spec)))
    return files


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path("build/api-pages")
    target.mkdir(parents=True, exist_ok=True)
    for spec in api_specs():
        (target / f"{spec.package}.md").write_text(page(spec), encoding="utf-8")
        print(f"wrote {target / (spec.package + '.md')}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
