"""Write each API's command table for ``mqc``: ``generated/mqclients/<pkg>_api/cli_commands.py``.

One entry per facade method, as plain data (no click, no imports), so the command line follows the spec the way the
facade does: the command and option names come from the operationId and the facade's own argument names, help from
summaries and descriptions, option types, enums and ranges from the schemas, required options marked. The
hand-written runtime (``mqclients.cli``) turns an entry into a click command only when that command is used.
"""

from __future__ import annotations

import pprint
import textwrap
from typing import Any

from mqclients._core.redact import is_sensitive

from .facade import Method, _raw_operation
from .specs import Spec, resolve

# Options every generated command has (mqclients.cli.build): a spec option of the same name is renamed.
RESERVED_OPTIONS = frozenset({"body", "output", "limit", "page-size", "timeout", "max-retries", "help"})
_SCALARS = ("string", "integer", "number", "boolean")
_HELP_CHARS = 400


def _one_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def _help(text: Any) -> str:
    """One paragraph of help: the description's first paragraph, whitespace folded, cut at a sentence if long."""
    first = " ".join(str(text or "").strip().split("\n\n")[0].split())
    if len(first) <= _HELP_CHARS:
        return first
    cut = first[:_HELP_CHARS]
    return cut[: cut.rfind(". ") + 1] if ". " in cut else textwrap.shorten(first, _HELP_CHARS, placeholder=" ...")


def option_spec(name: str, where: str, wire: str, schema: dict[str, Any], required: bool, text: Any) -> dict[str, Any]:
    """What the runtime needs to build one option (or argument) and convert its value."""
    entry: dict[str, Any] = {"name": name, "in": where, "wire": wire, "required": required, "help": _help(text)}
    kind = _one_type(schema)
    if schema.get("x-any-json") or kind in (None, "object"):
        entry["type"] = "json"
    elif kind == "array":
        items = schema.get("items") or {}
        item_kind = _one_type(items) if isinstance(items, dict) else None
        if item_kind in _SCALARS and not items.get("x-any-json"):
            entry["type"] = "array"
            entry["items"] = item_kind
            if "enum" in items:
                entry["enum"] = list(items["enum"])
        else:
            entry["type"] = "json"
    else:
        entry["type"] = kind
    if "enum" in schema and entry["type"] in _SCALARS:
        entry["enum"] = list(schema["enum"])
    for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if isinstance(schema.get(keyword), (int, float)) and not isinstance(schema.get(keyword), bool):
            entry[keyword] = schema[keyword]
    if "default" in schema and not isinstance(schema["default"], (dict, list)):
        entry["default"] = schema["default"]
    if is_sensitive(wire) and entry["type"] == "string":
        entry["secret"] = True  # asked for with a hidden prompt, never an option's value on the command line
    return entry


def _param_schemas(spec: Spec, op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for param in op.get("parameters", []):
        param = resolve(spec.doc, param)
        found[(str(param.get("in")), str(param.get("name")))] = param
    return found


def _body_schema(spec: Spec, op: dict[str, Any]) -> dict[str, Any]:
    if "requestBody" not in op:
        return {}
    raw_body = resolve(spec.doc, op["requestBody"])
    content: dict[str, Any] = raw_body.get("content") or {}
    first: dict[str, Any] = next(iter(content.values()), {})
    schema = resolve(spec.doc, first.get("schema", {}))
    params_field = (spec.doc.get("x-envelope") or {}).get("params")
    if params_field:
        schema = (schema.get("properties") or {}).get(params_field) or {}
    return dict(schema)


def _page_size_param(op: dict[str, Any]) -> str | None:
    """The wire name of the parameter that sets a page's size (offered as ``--page-size``)."""
    pagination = op.get("x-pagination") or {}
    return pagination.get("limit_param")


def command(spec: Spec, m: Method) -> dict[str, Any]:
    path, method, op = _raw_operation(spec, m.name)
    params = _param_schemas(spec, op)
    page_size = _page_size_param(op)
    options: list[dict[str, Any]] = []
    for where, pairs in (("path", m.path_args), ("query", m.query_args), ("header", m.header_args)):
        for wire, python in pairs:
            if python.startswith("self."):
                continue  # filled in by the client (a project id)
            param = params[(where, wire)]
            schema = resolve(spec.doc, param.get("schema") or {})
            entry = option_spec(python, where, wire, schema, bool(param.get("required")), param.get("description"))
            if wire == page_size and where != "path":
                entry["page_size"] = True
            options.append(entry)
    body: str | None = None
    body_required = False
    if m.body_model is not None:
        body = "fields"
        schema = _body_schema(spec, op)
        properties = schema.get("properties") or {}
        for f in m.body_fields:
            sub = resolve(spec.doc, properties.get(f.wire) or {})
            entry = option_spec(f.param, "body", f.wire, sub, f.required, sub.get("description"))
            if f.wire == page_size:
                entry["page_size"] = True
            options.append(entry)
        body_required = not m.body_optional
    elif m.body_arg is not None:
        body = "whole"
        body_required = not m.body_optional
    for entry in options:
        flag = "page-size" if entry.get("page_size") else entry["name"].rstrip("_").replace("_", "-")
        if flag in RESERVED_OPTIONS and not entry.get("page_size"):
            flag = f"{flag}-param"
        entry["flag"] = flag
    summary = " ".join(str(op.get("summary") or "").split()).rstrip(".")
    return {
        "method": m.name,
        "http": f"{method.upper()} {path}",
        "summary": summary,
        "help": _help(op.get("description")),
        "doc": str(op.get("x-doc") or ""),
        "returns": m.returns,
        "body": body,
        "body_required": body_required,
        "options": options,
    }


def render(spec: Spec, methods: list[Method]) -> str:
    """The command table module's source."""
    commands = {m.name.replace("_", "-"): command(spec, m) for m in methods}
    table = pprint.pformat(commands, width=110, sort_dicts=False)
    return "\n".join(
        [
            f'"""The ``mqc {spec.package}`` commands: one per operation of specs/{spec.path.name}, as data.',
            "",
            "Generated by `python -m codegen`; do not edit. Change the spec, the codegen or its templates instead.",
            "Read by mqclients.cli, which builds a click command from an entry when it is used.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import Any",
            "",
            f"TITLE = {spec.doc['info']['title']!r}",
            f"CLIENT_CLASS = {spec.client_class!r}",
            f"COMMANDS: dict[str, dict[str, Any]] = {table}",
            "",
        ]
    )
