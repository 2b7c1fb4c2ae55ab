"""Write the facade: ``<Class>Operations`` and ``Async<Class>Operations`` with one method per spec operation.

Each method is built from the same parse of the spec that openapi-python-client used (its ``GeneratorData``), so
parameter names, types and model classes are exactly those of the generated models. The method describes its request
by wire location (an ``Operation`` and the values of its path, query, header and body fields), which
``mqclients._core`` builds once and sends; models are imported on first call, so importing a client stays cheap
however large the API.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier, safe_for_docstring

from mqclients._core.validate import RULE_KEYWORDS

from . import models
from .specs import Spec, operations, resolve

IDEMPOTENT_METHODS = {"get", "head", "put", "delete", "options"}
OPTION_PARAMS = (
    "timeout: float | httpx.Timeout | None = None",
    "max_retries: int | None = None",
    "extra_headers: Mapping[str, str] | None = None",
)


def code(value: PythonCode | str) -> str:
    """Source text of a generator ``PythonCode`` (our specs are our own, so no further escaping is needed)."""
    return value.as_unembedded_code() if isinstance(value, PythonCode) else str(value)


def raw(value: UntrustedString | str) -> str:
    """The spec's own text behind a generator ``UntrustedString`` (a wire name)."""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


# Sub-schema positions of the keywords the runtime validator implements (mqclients._core.validate).
_ONE_SCHEMA = ("items", "additionalProperties", "propertyNames", "not", "if", "then", "else")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
# What the response shape check reads: JSON types and required fields, nothing about values.
SHAPE_KEYWORDS = ("type", "required", "allOf")


def rules_only(schema: Any, keep: Iterable[str] = RULE_KEYWORDS) -> Any:
    """The parts of a resolved schema the runtime reads: no descriptions, examples or formats.

    ``keep``: the keywords copied (the validator's rules, or the response shape's); ``properties``, ``items`` and
    ``additionalProperties`` sub-schemas are always reduced the same way, other sub-schemas when kept.
    """
    if not isinstance(schema, dict):
        return schema
    kept = set(keep)
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            props = {name: rules_only(sub, kept) for name, sub in value.items()}
            props = {name: sub for name, sub in props.items() if sub}
            if props:
                out[key] = props
        elif key in _ONE_SCHEMA and isinstance(value, dict):
            if key in kept or key in ("items", "additionalProperties"):
                reduced = rules_only(value, kept)
                if reduced or key in ("if", "then", "else", "not"):
                    out[key] = reduced
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            if key in kept:
                out[key] = [rules_only(sub, kept) for sub in value]
        elif key in kept:
            out[key] = value
    return out


def response_shape(spec: Spec, op: dict[str, Any]) -> Any:
    """The success body's shape (types, required fields) that the client checks before building a model."""
    for status, response in sorted((op.get("responses") or {}).items(), key=lambda item: str(item[0])):
        if not str(status).startswith("2"):
            continue
        content = resolve(spec.doc, response).get("content") or {}
        if not content:
            continue
        schema = resolve(spec.doc, next(iter(content.values())).get("schema", {}))
        envelope = spec.doc.get("x-envelope") or {}
        if envelope.get("result"):
            schema = (schema.get("properties") or {}).get(envelope["result"], {})
        return rules_only(schema, SHAPE_KEYWORDS) or None
    return None


@dataclass
class BodyField:
    """One top-level body field offered as a keyword argument."""

    param: str  # the keyword's name (the attribute name, or ``body_<name>`` on a clash: see CLASH_RULE)
    attr: str  # the model's attribute name
    wire: str  # the field's name in the body
    type_string: str  # the model attribute's type as a reader sees it (``X | None`` when optional)
    required: bool
    keeps_null: bool = False  # its schema admits null: None is sent as null, and "not given" is ``UNSET``


@dataclass
class Method:
    name: str
    positional: list[str]  # path parameters (and a whole-body argument for array bodies), in order
    keywords: list[str]  # query and header parameters, keyword-only
    path_args: list[tuple[str, str]]  # wire name -> Python expression
    query_args: list[tuple[str, str]]
    header_args: list[tuple[str, str]]
    docstring: str
    operation_const: str
    operation_code: str
    returns: str  # "none" | "model" | "optional_model" | "list" | "json" | "pager"
    body_arg: str | None = None  # the Python expression of the wire body, or None without a body
    body_model: tuple[str, str] | None = None  # (class, module) of a body given by keyword fields
    body_fields: list[BodyField] = field(default_factory=list)
    body_optional: bool = False
    no_result: bool = False  # x-no-result-codes: None when the envelope says there is nothing
    result_path: str | None = None  # x-envelope: the answer's model sits under this field
    model: str | None = None
    model_module: str | None = None
    item_model: str | None = None
    item_module: str | None = None
    type_imports: set[str] = field(default_factory=set)


# Documented in CONTRIBUTING.md and the facade module docstring: how a body field is named when it clashes.
RESERVED_NAMES = frozenset({"self", "body", "timeout", "max_retries", "extra_headers"})
CLASH_RULE = (
    "A body field whose Python name equals a path, query or header parameter's, or one of "
    "self/body/timeout/max_retries/extra_headers, is offered as the keyword ``body_<name>``."
)


def _raw_operation(spec: Spec, op_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, method, op in operations(spec.doc):
        if op.get("operationId") == op_id:
            return path, method, op
    raise KeyError(op_id)


def _client_params(spec: Spec, op: dict[str, Any], where: str | None = None) -> dict[str, str]:
    """Wire name -> client parameter name for the parameters the client fills in (those ``in`` ``where`` only,
    when given)."""
    found = {}
    for param in op.get("parameters", []):
        param = resolve(spec.doc, param)
        if "x-client-param" in param and where in (None, param.get("in")):
            found[param["name"]] = param["x-client-param"]
    return found


def _client_headers(spec: Spec) -> dict[str, str]:
    """Header name -> client parameter, for the headers the client fills in (``x-client-param`` on a header): the
    HTTP client sends them with every request, set once per instance, instead of each call passing them anew."""
    found = {
        name: client for _, _, op in operations(spec.doc) for name, client in _client_params(spec, op, "header").items()
    }
    return dict(sorted(found.items()))


def _operation_code(
    spec: Spec,
    path: str,
    method: str,
    op: dict[str, Any],
    body_encoding: str | None,
    content_type: str | None,
    envelope_fields: dict[str, Any],
) -> str:
    doc = spec.doc
    expected = sorted(int(s) for s in op.get("responses", {}) if str(s).isdigit() and 200 <= int(s) < 400)
    idempotent = op.get("x-idempotent", method in IDEMPOTENT_METHODS)
    params: dict[str, Any] = {}
    for param in op.get("parameters", []):
        param = resolve(doc, param)
        rules = rules_only(resolve(doc, param.get("schema", {})))
        if rules and param.get("in") in ("path", "query"):
            params[param["name"]] = rules
    body_schema = None
    secret_fields: list[str] = []
    if "requestBody" in op:
        content = resolve(doc, op["requestBody"]).get("content", {})
        if content:
            whole = resolve(doc, next(iter(content.values())).get("schema", {}))
            body_schema = rules_only(whole) or None
            properties = whole.get("properties") or {}
            secret_fields = [name for name, prop in properties.items() if resolve(doc, prop).get("x-secret")]
    args = [
        f"name={op['operationId']!r}",
        f"method={method.upper()!r}",
        f"path={path!r}",
        f"idempotent={bool(idempotent)!r}",
        f"expected_statuses=frozenset({expected!r})",
    ]
    pagination = op.get("x-pagination")
    envelope = doc.get("x-envelope") or {}
    if pagination and envelope:
        # In an RPC envelope the paging fields live inside `params` (request) and `result` (answer).
        pagination = {**pagination, "items": f"{envelope['result']}.{pagination['items']}"}
        if pagination.get("total"):
            pagination["total"] = f"{envelope['result']}.{pagination['total']}"
        if pagination.get("token_field"):
            pagination["token_field"] = f"{envelope['result']}.{pagination['token_field']}"
        pagination["body_path"] = envelope["params"]
    if pagination:
        fields = {
            ("location" if k == "in" else k): (tuple(v) if isinstance(v, list) else v) for k, v in pagination.items()
        }
        args.append("pagination=Pagination(" + ", ".join(f"{k}={v!r}" for k, v in fields.items()) + ")")
    long_poll = op.get("x-long-poll")
    if long_poll:
        fields = {("location" if k == "in" else k): v for k, v in long_poll.items()}
        args.append("long_poll=LongPoll(" + ", ".join(f"{k}={v!r}" for k, v in fields.items()) + ")")
    if op.get("x-no-result-codes"):
        args.append(f"no_result_codes=frozenset({sorted(op['x-no-result-codes'])!r})")
    if op.get("x-not-transient"):
        args.append(f"not_transient=frozenset({sorted(op['x-not-transient'])!r})")
    if op.get("x-host"):
        args.append(f"host={op['x-host']!r}")
    if secret_fields:
        args.append(f"secret_fields={tuple(secret_fields)!r}")
    declared = {resolve(doc, param).get("name") for param in op.get("parameters", [])}
    unsent = tuple(name for name in _client_headers(spec) if name not in declared)
    if unsent:
        args.append(f"unsent_headers={unsent!r}")
    form_arrays = doc.get("x-form-arrays")
    if form_arrays and "requestBody" in op:
        content = resolve(doc, op["requestBody"]).get("content", {})
        if "application/x-www-form-urlencoded" in content:
            args.append(f"form_array_start={int(form_arrays.get('start', 0))!r}")
    batch = op.get("x-batch")
    if batch:
        args.append("batch=Batch(" + ", ".join(f"{k}={v!r}" for k, v in batch.items()) + ")")
    if params:
        args.append(f"param_schemas={params!r}")
    if body_schema:
        args.append(f"body_schema={body_schema!r}")
    if body_encoding:
        args.append(f"body_encoding={body_encoding!r}")
        args.append(f"content_type={content_type!r}")
    if envelope.get("params"):
        args.append(f"envelope_params={envelope['params']!r}")
        args.append(f"envelope_fields={envelope_fields!r}")
    shape = response_shape(spec, op)
    if shape:
        args.append(f"response_schema={shape!r}")
    return "Operation(" + ", ".join(args) + ")"


def _property(model: ModelProperty, name: str) -> ModelProperty:
    """The model-typed property ``name`` of a model (an envelope's params or result)."""
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    found = next((p for p in props if raw(p.name) == name), None)
    assert isinstance(found, ModelProperty), f"{model.class_info.name}.{name}: must be a $ref'd object"
    return found


def _literal(value: Any) -> str:
    """Python source for a spec value; lists become tuples (the runtime's declarations are immutable)."""
    return repr(tuple(value)) if isinstance(value, list) else repr(value)


def _model_ref(prop: Any) -> tuple[str, str]:
    return str(prop.class_info.name), f".models.{prop.class_info.module_name}"


def _docstring(
    op: dict[str, Any], params: list[tuple[Any, str]], body_doc: str | None, fields: list[str], returns: str
) -> str:
    lines = [safe_for_docstring(str(op.get("summary", "")).strip().rstrip(".")) + "."]
    if op.get("description"):
        for paragraph in safe_for_docstring(str(op["description"]).strip()).split("\n\n"):
            lines += ["", textwrap.fill(paragraph, 100)]
    lines += ["", f"Spec: ``{op['operationId']}`` ({op.get('x-doc')})."]
    if op.get("x-sdk-name"):
        lines.append(f"Official SDK name: ``{op['x-sdk-name']}``.")
    arg_lines = []
    for prop, description in params:
        text = f"{prop.python_name} ({_param_type(prop)}): {description.strip()}"
        if prop.default is not None:
            text += f" Default: {code(prop.default.python_code)}."
        arg_lines.append(textwrap.fill(safe_for_docstring(text), 96, subsequent_indent="    "))
    for text in fields:
        arg_lines.append(textwrap.fill(safe_for_docstring(text), 96, subsequent_indent="    "))
    if body_doc is not None:
        text = f"body: {body_doc}" + (" Or give its fields as keywords." if fields else "")
        arg_lines.append(textwrap.fill(safe_for_docstring(text), 96, subsequent_indent="    "))
    if arg_lines:
        lines += ["", "Args:", *textwrap.indent("\n".join(arg_lines), "    ").splitlines()]
    lines += ["", "Returns:", f"    {returns}", "", "Raises:"]
    lines += ["    mqclients.errors.ValidationError: an argument breaks a documented rule (nothing was sent)."]
    lines += ["    mqclients.errors.APIError: the service answered with an error (a subclass by status)."]
    return "\n".join(lines)


def _body_fields(
    spec: Spec, model: ModelProperty, body_schema: dict[str, Any], taken: set[str]
) -> tuple[list[BodyField], set[str]]:
    """The keyword fields of a body model: every top-level property but those the client owns.

    Client-owned: a property with a ``const`` (CMQ's ``Action``) and the envelope's ``client_fields``
    (queueManager's ``token``). Their values come from the model's defaults and the client's session.
    """
    owned = set((spec.doc.get("x-envelope") or {}).get("client_fields") or [])
    raw_props = body_schema.get("properties") or {}
    owned |= {name for name, sub in raw_props.items() if isinstance(sub, dict) and "const" in sub}
    fields: list[BodyField] = []
    imports: set[str] = set()
    for required, props in ((True, model.required_properties or []), (False, model.optional_properties or [])):
        for prop in props:
            if raw(prop.name) in owned:
                continue
            attr = str(prop.python_name)
            param = f"body_{attr}" if attr in taken or attr in RESERVED_NAMES else attr
            keeps_null = models.admits_null(prop)
            fields.append(BodyField(param, attr, raw(prop.name), models.value_type(prop), required, keeps_null))
            imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
    # Required fields first, then optional ones, each group in the spec's order.
    return fields, imports


def _envelope_fields(spec: Spec, body_schema: dict[str, Any], params_field: str) -> dict[str, Any]:
    """The envelope's fixed fields (``jsonrpc``, ``method``, ``id``): each one's ``const``, else its ``default``."""
    fixed = {}
    for name, sub in (body_schema.get("properties") or {}).items():
        if name == params_field or not isinstance(sub, dict):
            continue
        if "const" in sub:
            fixed[name] = sub["const"]
        elif "default" in sub:
            fixed[name] = sub["default"]
    return fixed


def build_method(spec: Spec, endpoint: Endpoint, models_by_name: dict[str, ModelProperty]) -> Method:
    op_id = raw(endpoint.name)
    path, method, op = _raw_operation(spec, op_id)
    client_params = _client_params(spec, op)
    name = PythonIdentifier(op_id, "field_")
    type_imports: set[str] = set()

    positional: list[str] = []
    keywords: list[str] = []
    documented = []
    located: dict[str, list[tuple[str, str]]] = {"path": [], "query": [], "header": []}
    params = [
        *(("path", p) for p in endpoint.path_parameters),
        *(("query", p) for p in endpoint.query_parameters),
        *(("header", p) for p in endpoint.header_parameters),
    ]
    for where, param in params:
        if raw(param.name) in client_params:
            if where != "header":  # a header the client fills in is sent by the HTTP client itself
                located[where].append((raw(param.name), f"self._client_param({client_params[raw(param.name)]!r})"))
            continue
        (positional if where == "path" else keywords).append(_param_declaration(param))
        located[where].append((raw(param.name), str(param.python_name)))
        type_imports |= param.get_imports(prefix=".") | param.get_lazy_imports(prefix=".")
        documented.append(param)
    taken = {str(p.python_name) for _, p in params}

    envelope = spec.doc.get("x-envelope") or {}
    body_encoding = None
    content_type = None
    envelope_fields: dict[str, Any] = {}
    body_doc = None
    body_arg = None
    body_model = None
    body_fields: list[BodyField] = []
    body_optional = False
    if endpoint.bodies:
        body = endpoint.bodies[0]
        body_encoding = "form" if body.body_type == "data" else "json"
        content_type = raw(body.content_type)
        raw_body = resolve(spec.doc, op["requestBody"])
        body_schema = resolve(spec.doc, next(iter(raw_body.get("content", {}).values())).get("schema", {}))
        body_doc = str(raw_body.get("description") or "the request body.")
        prop: Any = body.prop
        if envelope.get("params") and isinstance(prop, ModelProperty):
            # An RPC envelope: the method takes the envelope's `params` fields and wraps them itself.
            envelope_fields = _envelope_fields(spec, body_schema, envelope["params"])
            params_prop = _property(models_by_name.get(str(prop.class_info.name), prop), envelope["params"])
            prop = params_prop
            body_schema = body_schema["properties"][envelope["params"]]
            body_doc = str(body_schema.get("description") or params_prop.description or "the call's arguments.")
        if isinstance(prop, ModelProperty):
            model = models_by_name.get(str(prop.class_info.name), prop)
            body_model = _model_ref(model)
            body_fields, field_imports = _body_fields(spec, model, body_schema, taken)
            type_imports |= field_imports | {f"from {body_model[1]} import {body_model[0]}"}
            body_optional = not body.prop.required or not any(f.required for f in body_fields)
            body_optional = body_optional and not bool(envelope.get("params"))
            fixed = {
                name: sub["const"]
                for name, sub in (body_schema.get("properties") or {}).items()
                if isinstance(sub, dict) and "const" in sub
            }
            body_arg = "body_from(body, {{{}}}, {}{}{}{})".format(
                ", ".join(f"{f.wire!r}: {f.param}" for f in body_fields),
                repr({f.wire: f.param for f in body_fields if f.required}),
                f", keeps_null={tuple(f.wire for f in body_fields if f.keeps_null)!r}"
                if any(f.keeps_null for f in body_fields)
                else "",
                f", fixed={fixed!r}" if fixed else "",
                ", optional=True" if not body.prop.required else "",
            )
        else:
            # An array (or other non-object) body: the whole body is one argument.
            body_type = _param_type(prop)
            type_imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
            positional.append(f"body: {body_type}" if prop.required else f"body: {body_type} = None")
            body_arg = "to_wire(body)" if prop.required else "None if body is None else to_wire(body)"
            body_optional = not prop.required

    m = Method(
        name=name,
        positional=positional,
        keywords=keywords,
        path_args=located["path"],
        query_args=located["query"],
        header_args=located["header"],
        docstring="",
        operation_const=f"_{name.upper()}",
        operation_code=_operation_code(spec, path, method, op, body_encoding, content_type, envelope_fields),
        returns="none",
        body_arg=body_arg,
        body_model=body_model,
        body_fields=body_fields,
        body_optional=body_optional,
        type_imports=type_imports,
    )

    # What a success answers: a model, a list of models, nothing, or (for x-pagination) a pager.
    success = [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 400]
    models = [r.prop for r in success if isinstance(r.prop, ModelProperty)]
    lists = [r.prop for r in success if isinstance(r.prop, ListProperty)]
    has_body = {str(k): bool(resolve(spec.doc, v).get("content")) for k, v in (op.get("responses") or {}).items()}
    empties = [r for r in success if r.status_code.range and not has_body.get(str(r.status_code.range[0]))]
    returns_doc = "None."
    if op.get("x-pagination"):
        assert models, f"{op_id}: a paginated operation needs a model response"
        page_model = models[0]
        if envelope.get("result"):
            page_model = _property(models[0], envelope["result"])
            page_model = models_by_name.get(str(page_model.class_info.name), page_model)
            m.result_path = envelope["result"]
        m.model, m.model_module = _model_ref(page_model)
        items_field = op["x-pagination"]["items"].split(".")[0]
        page_props = [*(page_model.required_properties or []), *(page_model.optional_properties or [])]
        item_prop = next((p for p in page_props if raw(p.name) == items_field), None)
        assert isinstance(item_prop, ListProperty), f"{op_id}: x-pagination items must be an array"
        assert isinstance(item_prop.inner_property, ModelProperty), f"{op_id}: x-pagination items must be $ref'd"
        m.item_model, m.item_module = _model_ref(item_prop.inner_property)
        m.returns = "pager"
        returns_doc = f"A pager: iterate for ``{m.item_model}`` items, ``by_page()`` for whole ``{m.model}`` pages."
    elif models and envelope.get("result"):
        # An RPC envelope: the method answers the envelope's `result` model.
        m.model, m.model_module = _model_ref(_property(models[0], envelope["result"]))
        m.result_path = envelope["result"]
        m.no_result = bool(op.get("x-no-result-codes"))
        m.returns = "optional_model" if empties or m.no_result else "model"
        returns_doc = f"``{m.model}``"
        if m.no_result:
            codes = ", ".join(str(c) for c in op["x-no-result-codes"])
            returns_doc += f", or None when the service answers that there is nothing (code {codes})."
    elif models:
        m.model, m.model_module = _model_ref(models[0])
        m.no_result = bool(op.get("x-no-result-codes"))
        m.returns = "optional_model" if empties or m.no_result else "model"
        returns_doc = f"``{m.model}``" + (" or None when the service answers with no body." if empties else ".")
        if m.no_result:
            codes = ", ".join(str(c) for c in op["x-no-result-codes"])
            returns_doc = f"``{m.model}``, or None when the service answers that there is nothing (code {codes})."
    elif lists and isinstance(lists[0].inner_property, ModelProperty):
        m.item_model, m.item_module = _model_ref(lists[0].inner_property)
        m.returns = "list"
        returns_doc = f"A list of ``{m.item_model}``."
    elif success and not empties:
        m.returns = "json"
        returns_doc = "The decoded JSON body."
    param_docs = {}
    for param in op.get("parameters", []):
        param = resolve(spec.doc, param)
        param_docs[str(param.get("name"))] = str(param.get("description") or "")
    args_doc = [(prop, param_docs.get(raw(prop.name), "")) for prop in documented]
    field_docs = _field_docs(spec, op, m.body_fields, envelope.get("params"))
    m.docstring = _docstring(op, args_doc, body_doc, field_docs, returns_doc)
    return m


def _field_docs(spec: Spec, op: dict[str, Any], fields: list[BodyField], params_field: str | None) -> list[str]:
    """One ``name (type): description`` line per keyword body field, from the body schema's property docs."""
    if not fields:
        return []
    raw_body = resolve(spec.doc, op["requestBody"])
    schema = resolve(spec.doc, next(iter(raw_body.get("content", {}).values())).get("schema", {}))
    if params_field:
        schema = schema["properties"][params_field]
    by_attr = {str(PythonIdentifier(n, "field_")): sub for n, sub in (schema.get("properties") or {}).items()}
    lines = []
    for f in fields:
        description = str((by_attr.get(f.attr) or {}).get("description") or "").strip()
        lines.append(f"{f.param} ({f.type_string}): {description}")
    return lines


def _return_annotation(m: Method, is_async: bool) -> str:
    if m.returns == "pager":
        return f"{'AsyncPager' if is_async else 'SyncPager'}[{m.item_model}, {m.model}]"
    return {
        "none": "None",
        "model": str(m.model),
        "optional_model": f"{m.model} | None",
        "list": f"list[{m.item_model}]",
        "json": "Any",
    }[m.returns]


def _path_arg(m: Method) -> str:
    return f", path={m.result_path!r}" if m.result_path else ""


def _options_params() -> list[str]:
    return list(OPTION_PARAMS)


def _param_type(prop: Any) -> str:
    """A parameter's type as a caller gives it: ``T``, or ``T | None`` when it may be left out (None: not sent)."""
    base = code(prop.get_type_string(no_optional=True))
    return base if prop.required or "None" in base.split(" | ") else f"{base} | None"


def _param_declaration(prop: Any) -> str:
    """A query or header parameter: required ones bare, optional ones default to the spec's default, else None
    (``None`` is not sent)."""
    if prop.required:
        return code(prop.to_string())
    default = code(prop.default.python_code) if prop.default is not None else "None"
    return f"{prop.python_name}: {_param_type(prop)} = {default}"


def _optional_field(f: BodyField) -> str:
    """An optional body field's keyword: ``None`` by default (not sent), unless its schema admits null, where
    None is sent as null and "not given" is ``UNSET``."""
    return f"{f.param}: {f.type_string} | Unset = UNSET" if f.keeps_null else f"{f.param}: {f.type_string} = None"


def _signatures(m: Method) -> tuple[list[list[str]], list[str]]:
    """The overload signatures (none, or a keyword form and a ``body=`` form) and the implementation's."""
    body_type = None
    if m.body_model is not None:
        body_type = f"{m.body_model[0]} | Mapping[str, Any]"
    required_fields = [f for f in m.body_fields if f.required]
    head = ["self", *m.positional]
    if body_type is None:
        return [], [*head, "*", *m.keywords, *_options_params()]
    impl_fields = [
        f"{f.param}: {f.type_string} | Unset = UNSET" if f.required else _optional_field(f) for f in m.body_fields
    ]
    impl = [*head, "*", *impl_fields, *m.keywords, f"body: {body_type} | None = None", *_options_params()]
    if not required_fields:
        return [], impl
    keyword_form = [
        *head,
        "*",
        *(f"{f.param}: {f.type_string}" for f in required_fields),
        *(_optional_field(f) for f in m.body_fields if not f.required),
        *m.keywords,
        *_options_params(),
    ]
    body_form = [*head, "*", f"body: {body_type}", *m.keywords, *_options_params()]
    return [keyword_form, body_form], impl


def _mapping(pairs: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{wire!r}: {py}" for wire, py in pairs) + "}"


def _method_code(m: Method, is_async: bool) -> str:
    # A pager is returned at once and fetches lazily, so even the async facade's list methods are plain defs.
    head = "async def" if is_async and m.returns != "pager" else "def"
    returns = _return_annotation(m, is_async)
    overloads, impl = _signatures(m)
    out = []
    for signature in overloads:
        sig = ",\n        ".join(signature)
        out.append(f"    @overload\n    {head} {m.name}(\n        {sig},\n    ) -> {returns}: ...")
        out.append("")
    sig = ",\n        ".join(impl)
    out.append(f"    {head} {m.name}(\n        {sig},\n    ) -> {returns}:")
    out.append(textwrap.indent(f'"""{m.docstring}\n"""', "        "))
    # The body model is named in annotations only (keyword fields are sent by wire name): no import at run time.
    # A returned model is loaded on first use (``LazyModels``), bound to a typed local (``_Model``).
    imports = [(m.model, m.model_module), (m.item_model, m.item_module)]
    for model, _ in sorted({(a, b) for a, b in imports if a and b}):
        out.append(f"        _{model}: type[{model}] = _MODELS.{model}")
    out.append("")
    op = m.operation_const
    out.append(f"        _path: dict[str, Any] = {_mapping(m.path_args)}")
    request = [op, "_path"]
    if m.query_args:
        request.append(f"query={_mapping(m.query_args)}")
    if m.header_args:
        request.append(f"headers={_mapping(m.header_args)}")
    if m.body_arg is not None:
        request.append(f"body={m.body_arg}")
    out.append(f"        _kwargs = request_kwargs({', '.join(request)})")
    out.append("        _options = self._options(timeout, max_retries, extra_headers)")
    if m.returns == "pager":
        page_parser = f"decoder({op}, _{m.model}.from_dict{_path_arg(m)})"
        out.append(
            f"        return self._paginate({op}, _kwargs, _options, _path, {page_parser}, _{m.item_model}.from_dict)"
        )
        return "\n".join(out)
    await_ = "await " if is_async else ""
    send = f"{await_}self._send({op}, _kwargs, _options, _path)"
    if m.returns == "none":
        out.append(f"        {send}")
        out.append("        return None")
    elif m.returns == "model":
        out.append(f"        _response = {send}")
        out.append(f"        return parse_body({op}, _response, _{m.model}.from_dict{_path_arg(m)})")
    elif m.returns == "optional_model":
        out.append(f"        _response = {send}")
        if m.no_result:
            out.append(f"        if not _response.content or self._no_result({op}, _response):")
        else:
            out.append("        if not _response.content:")
        out.append("            return None")
        out.append(f"        return parse_body({op}, _response, _{m.model}.from_dict{_path_arg(m)})")
    elif m.returns == "list":
        out.append(f"        _response = {send}")
        out.append(f"        return parse_body({op}, _response, list_of(_{m.item_model}.from_dict))")
    else:
        out.append(f"        _response = {send}")
        out.append(f"        return parse_body({op}, _response, lambda data: data)")
    return "\n".join(out)


def render(spec: Spec, data: GeneratorData) -> tuple[str, list[Method]]:
    """The facade module's source, and the methods it holds (for the inventory)."""
    # The complete model of each class: a property that refers to a model may not carry its fields itself.
    models_by_name = {str(model.class_info.name): model for model in data.models}
    methods = []
    order = {op.get("operationId"): index for index, (_, _, op) in enumerate(operations(spec.doc))}
    client_headers = _client_headers(spec)
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            methods.append(build_method(spec, endpoint, models_by_name))
    methods.sort(key=lambda m: order[m.name])

    runtime_imports: set[str] = set()
    typing_imports: set[str] = set()
    for m in methods:
        for line in m.type_imports:
            if ".types import" in line:
                continue  # UNSET and Unset come from the runtime, imported below
            (typing_imports if line.startswith("from .") else runtime_imports).add(line)
        for model, module in ((m.model, m.model_module), (m.item_model, m.item_module)):
            if model and module:
                typing_imports.add(f"from {module} import {model}")
    cls = spec.client_class
    error_shape_args = ", ".join(f"{k}={_literal(v)}" for k, v in (spec.doc.get("x-error") or {}).items())
    client_param_names = sorted(
        {name for _, _, op in operations(spec.doc) for name in _client_params(spec, op).values()}
    )
    lines = [
        f'"""The {cls} facade: one method per operation of specs/{spec.path.name}.',
        "",
        "Generated by `python -m codegen`; do not edit. Change the spec, the codegen or its templates instead.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any, overload",
        "",
        "import httpx",
        "",
        "from mqclients._core.facade import (",
        "    AsyncFacade, LazyModels, SpecConfig, SyncFacade, decoder, list_of, parse_body",
        ")",
        "from mqclients._core.operation import Batch, ErrorShape, LongPoll, Operation, Pagination",
        "from mqclients._core.request import body_from, request_kwargs, to_wire",
        "from mqclients._core.unset import UNSET, Unset",
        *sorted(runtime_imports),
        "",
        "if TYPE_CHECKING:",
        # The pagers load with the first list call, not with the client (import time is part of the budget).
        "    from mqclients._core.pagination import AsyncPager, SyncPager",
        *(f"    {line}" for line in sorted(typing_imports)),
        "    pass",
        "",
        "__all__ = ["
        + ", ".join(
            repr(n)
            for n in (
                f"{cls}Operations",
                f"Async{cls}Operations",
                "ERROR_CLASSES",
                "ERROR_SHAPE",
                "HOSTS",
                "OPERATIONS",
                "SERVER_URL",
                "SPEC_CONFIG",
            )
        )
        + "]",
        "",
        f"ERROR_SHAPE = ErrorShape({error_shape_args})",
        "# Vendor error code -> category of APIError (x-error-classes), for codes whose HTTP status says nothing.",
        f"ERROR_CLASSES: dict[str, str] = {dict(sorted((spec.doc.get('x-error-classes') or {}).items()))!r}",
        "# The spec's first server URL (a template: {region}, ...) and its named hosts (x-hosts), for constructors.",
        f"SERVER_URL = {((spec.doc.get('servers') or [{}])[0].get('url', ''))!r}",
        f"HOSTS: dict[str, str] = {dict(spec.doc.get('x-hosts') or {})!r}",
        "# The models the methods return, each loaded on its first call (importing the client loads none).",
        '_MODELS = LazyModels(f"{__package__}.models")',
        "# Everything a client of this API takes from the spec; the facade applies it to every instance.",
        "SPEC_CONFIG = SpecConfig(",
        "    error_shape=ERROR_SHAPE,",
        "    error_classes=ERROR_CLASSES,",
        "    server_url=SERVER_URL,",
        "    hosts=HOSTS,",
        f"    client_params={tuple(client_param_names)!r},",
        *([f"    client_headers={client_headers!r},"] if client_headers else []),
        ")",
        "",
    ]
    for m in methods:
        lines.append(f"{m.operation_const} = {m.operation_code}")
    entries = ", ".join(f"{m.name!r}: {m.operation_const}" for m in methods)
    lines += ["", "# Every operation's declarations by operationId, for hand-written helpers (batch limits, paging)."]
    lines.append(f"OPERATIONS: dict[str, Operation] = {{{entries}}}")
    for is_async in (False, True):
        base = "AsyncFacade" if is_async else "SyncFacade"
        name = f"Async{cls}Operations" if is_async else f"{cls}Operations"
        kind = "async" if is_async else "sync"
        lines += [
            "",
            "",
            f"class {name}({base}):",
            f'    """Every {spec.doc["info"]["title"]} operation ({kind})."""',
            "",
            "    _spec_config = SPEC_CONFIG",
            "",
        ]
        for m in methods:
            lines += [_method_code(m, is_async), ""]
    return "\n".join(lines) + "\n", methods


def inventory(spec: Spec, methods: list[Method]) -> str:
    """A Markdown table of every generated method: the API's surface at a glance, reviewed in diffs."""
    rows = [
        f"# {spec.client_class}: {len(methods)} operations",
        "",
        f"Generated from specs/{spec.path.name} by `python -m codegen`; do not edit.",
        "",
        "| method | HTTP | returns | doc |",
        "|---|---|---|---|",
    ]
    for m in methods:
        path, method, op = _raw_operation(spec, m.name)
        returns = _return_annotation(m, False).replace("|", "\\|")  # a bare | would end the table cell
        rows.append(f"| `{m.name}` | `{method.upper()} {path}` | `{returns}` | {op.get('x-doc', '')} |")
    return "\n".join(rows) + "\n"
