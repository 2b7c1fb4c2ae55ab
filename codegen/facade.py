"""Write the facade: ``<Class>Operations`` and ``Async<Class>Operations`` with one method per spec operation.

Each method is built from the same parse of the spec that openapi-python-client used (its ``GeneratorData``), so
parameter names, types and model classes are exactly those of the generated endpoint modules. The method calls the
endpoint module's ``_get_kwargs`` to build the request and ``mqclients._core`` to send it; models and endpoint
modules are imported on first call, so importing a client stays cheap however large the API.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonCode, PythonIdentifier, safe_for_docstring

from .specs import Spec, operations, resolve

# JSON Schema keywords that state a rule the client checks before sending (mqclients._core.validate).
RULE_KEYWORDS = (
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "minItems", "maxItems", "required",
)  # fmt: skip
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


def rules_only(schema: Any) -> Any:
    """The parts of a resolved schema the runtime validator reads: no descriptions, examples or formats."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {k: schema[k] for k in RULE_KEYWORDS if k in schema}
    if isinstance(schema.get("properties"), dict):
        props = {name: rules_only(sub) for name, sub in schema["properties"].items()}
        props = {name: sub for name, sub in props.items() if sub}
        if props:
            out["properties"] = props
    if isinstance(schema.get("items"), dict):
        items = rules_only(schema["items"])
        if items:
            out["items"] = items
    return out


@dataclass
class Method:
    name: str
    endpoint_module: str
    signature: list[str]
    call_args: list[str]
    path_values: list[tuple[str, str]]
    docstring: str
    operation_const: str
    operation_code: str
    returns: str  # "none" | "model" | "optional_model" | "list" | "json" | "pager"
    no_result: bool = False  # x-no-result-codes: None when the envelope says there is nothing
    result_path: str | None = None  # x-envelope: the answer's model sits under this field
    envelope_class: tuple[str, str] | None = None  # x-envelope: (class, module) of the request envelope
    model: str | None = None
    model_module: str | None = None
    item_model: str | None = None
    item_module: str | None = None
    type_imports: set[str] = field(default_factory=set)


def _raw_operation(spec: Spec, op_id: str) -> tuple[str, str, dict[str, Any]]:
    for path, method, op in operations(spec.doc):
        if op.get("operationId") == op_id:
            return path, method, op
    raise KeyError(op_id)


def _client_params(spec: Spec, op: dict[str, Any]) -> dict[str, str]:
    """Wire name -> client parameter name for the parameters the client fills in."""
    found = {}
    for param in op.get("parameters", []):
        param = resolve(spec.doc, param)
        if "x-client-param" in param:
            found[param["name"]] = param["x-client-param"]
    return found


def _operation_code(spec: Spec, path: str, method: str, op: dict[str, Any]) -> str:
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
    if "requestBody" in op:
        content = resolve(doc, op["requestBody"]).get("content", {})
        if content:
            body_schema = rules_only(resolve(doc, next(iter(content.values())).get("schema", {}))) or None
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


def _docstring(op: dict[str, Any], params: list[tuple[Any, str]], body_doc: str | None, returns: str) -> str:
    lines = [safe_for_docstring(str(op.get("summary", "")).strip().rstrip(".")) + "."]
    if op.get("description"):
        for paragraph in safe_for_docstring(str(op["description"]).strip()).split("\n\n"):
            lines += ["", textwrap.fill(paragraph, 100)]
    lines += ["", f"Spec: ``{op['operationId']}`` ({op.get('x-doc')})."]
    if op.get("x-sdk-name"):
        lines.append(f"Official SDK name: ``{op['x-sdk-name']}``.")
    arg_lines = []
    if body_doc is not None:
        arg_lines.append(textwrap.fill(safe_for_docstring(f"body: {body_doc}"), 96, subsequent_indent="    "))
    for prop, description in params:
        text = f"{prop.python_name} ({code(prop.get_type_string())}): {description.strip()}"
        if prop.default is not None:
            text += f" Default: {code(prop.default.python_code)}."
        arg_lines.append(textwrap.fill(safe_for_docstring(text), 96, subsequent_indent="    "))
    if arg_lines:
        lines += ["", "Args:", *textwrap.indent("\n".join(arg_lines), "    ").splitlines()]
    lines += ["", "Returns:", f"    {returns}", "", "Raises:"]
    lines += ["    mqclients.errors.ValidationError: an argument breaks a documented rule (nothing was sent)."]
    lines += ["    mqclients.errors.APIError: the service answered with an error (a subclass by status)."]
    return "\n".join(lines)


def build_method(spec: Spec, tag: str, endpoint: Endpoint, models_by_name: dict[str, ModelProperty]) -> Method:
    op_id = raw(endpoint.name)
    path, method, op = _raw_operation(spec, op_id)
    client_params = _client_params(spec, op)
    name = PythonIdentifier(op_id, "field_")
    type_imports: set[str] = set()

    signature: list[str] = []
    call_args: list[str] = []
    path_values = []
    documented = []
    for prop in endpoint.path_parameters:
        if raw(prop.name) in client_params:
            filled = f"self._client_param({client_params[raw(prop.name)]!r})"
            call_args.append(f"{prop.python_name}={filled}")
            path_values.append((raw(prop.name), filled))
            continue
        signature.append(code(prop.to_string()))
        call_args.append(f"{prop.python_name}={prop.python_name}")
        path_values.append((raw(prop.name), str(prop.python_name)))
        type_imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
        documented.append(prop)
    keyword_only: list[str] = []
    body_doc = None
    documented_body: tuple[str, str] | None = None
    envelope = spec.doc.get("x-envelope") or {}
    envelope_class: tuple[str, str] | None = None
    if endpoint.bodies and envelope.get("params") and isinstance(endpoint.bodies[0].prop, ModelProperty):
        # An RPC envelope: the method takes the envelope's `params` model and wraps it itself.
        wrapper = endpoint.bodies[0].prop
        params_prop = _property(wrapper, envelope["params"])
        envelope_class = _model_ref(wrapper)
        params_type = code(params_prop.get_type_string(no_optional=True))
        type_imports |= params_prop.get_imports(prefix=".") | params_prop.get_lazy_imports(prefix=".")
        signature.append(f"params: {params_type}")
        call_args.append(f"body={envelope_class[0]}({envelope['params']}=params)")
        body_doc = None
        documented_body = ("params", raw(params_prop.description or "the call's arguments."))
    elif endpoint.bodies:
        body = endpoint.bodies[0]
        body_type = code(body.prop.get_type_string())
        type_imports |= body.prop.get_imports(prefix=".") | body.prop.get_lazy_imports(prefix=".")
        if body.prop.required:
            signature.append(f"body: {body_type}")
        else:
            keyword_only.append(f"body: {body_type} = UNSET")
        call_args.append("body=body")
        raw_body = resolve(spec.doc, op["requestBody"])
        body_doc = str(raw_body.get("description") or "the request body.")
    for prop in [*endpoint.query_parameters, *endpoint.header_parameters, *endpoint.cookie_parameters]:
        if raw(prop.name) in client_params:
            call_args.append(f"{prop.python_name}=self._client_param({client_params[raw(prop.name)]!r})")
            continue
        keyword_only.append(code(prop.to_string()))
        call_args.append(f"{prop.python_name}={prop.python_name}")
        type_imports |= prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")
        documented.append(prop)
    signature += ["*", *keyword_only, *OPTION_PARAMS]

    # What a success answers: a model, a list of models, nothing, or (for x-pagination) a pager.
    success = [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 400]
    models = [r.prop for r in success if isinstance(r.prop, ModelProperty)]
    lists = [r.prop for r in success if isinstance(r.prop, ListProperty)]
    has_body = {str(k): bool(resolve(spec.doc, v).get("content")) for k, v in (op.get("responses") or {}).items()}
    empties = [r for r in success if r.status_code.range and not has_body.get(str(r.status_code.range[0]))]
    m = Method(
        name=name,
        endpoint_module=f".api.{tag}.{PythonIdentifier(op_id, 'field_')}",
        signature=signature,
        call_args=call_args,
        path_values=path_values,
        docstring="",
        operation_const=f"_{name.upper()}",
        operation_code=_operation_code(spec, path, method, op),
        returns="none",
        type_imports=type_imports,
    )
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
        item_prop = next(p for p in page_props if raw(p.name) == items_field)
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
    m.envelope_class = envelope_class
    if documented_body is not None:
        body_doc = f"({documented_body[0]}) {documented_body[1]}"
    m.docstring = _docstring(op, args_doc, body_doc, returns_doc)
    return m


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


def _method_code(m: Method, is_async: bool) -> str:
    sig = ",\n        ".join(["self", *m.signature])
    # A pager is returned at once and fetches lazily, so even the async facade's list methods are plain defs.
    head = "async def" if is_async and m.returns != "pager" else "def"
    out = [f"    {head} {m.name}(\n        {sig},\n    ) -> {_return_annotation(m, is_async)}:"]
    out.append(textwrap.indent(f'"""{m.docstring}\n"""', "        "))
    out.append(f"        from {m.endpoint_module} import _get_kwargs")
    for model, module in ((m.model, m.model_module), (m.item_model, m.item_module), m.envelope_class or (None, None)):
        if model and module:
            out.append(f"        from {module} import {model}")
    out.append("")
    out.append(f"        kwargs = _get_kwargs({', '.join(m.call_args)})")
    out.append("        options = self._options(timeout, max_retries, extra_headers)")
    path_values = "{" + ", ".join(f"{wire!r}: {py}" for wire, py in m.path_values) + "}"
    if m.returns == "pager":
        page_parser = f"{m.model}.from_dict"
        if m.result_path:
            page_parser = f"lambda body: {m.model}.from_dict(body[{m.result_path!r}])"
        out.append(
            f"        return self._paginate({m.operation_const}, kwargs, options, {path_values}, "
            f"{page_parser}, {m.item_model}.from_dict)"
        )
        return "\n".join(out)
    await_ = "await " if is_async else ""
    send = f"{await_}self._send({m.operation_const}, kwargs, options, {path_values})"
    if m.returns == "none":
        out.append(f"        {send}")
        out.append("        return None")
    elif m.returns == "model":
        out.append(f"        response = {send}")
        out.append(f"        return parse_body({m.operation_const}, response, {m.model}.from_dict{_path_arg(m)})")
    elif m.returns == "optional_model":
        out.append(f"        response = {send}")
        if m.no_result:
            out.append(f"        if not response.content or self._no_result({m.operation_const}, response):")
        else:
            out.append("        if not response.content:")
        out.append("            return None")
        out.append(f"        return parse_body({m.operation_const}, response, {m.model}.from_dict{_path_arg(m)})")
    elif m.returns == "list":
        out.append(f"        response = {send}")
        out.append(f"        return parse_body({m.operation_const}, response, list_of({m.item_model}.from_dict))")
    else:
        out.append(f"        response = {send}")
        out.append(f"        return parse_body({m.operation_const}, response, lambda data: data)")
    return "\n".join(out)


def render(spec: Spec, data: GeneratorData) -> tuple[str, list[Method]]:
    """The facade module's source, and the methods it holds (for the inventory)."""
    # The complete model of each class: a property that refers to a model may not carry its fields itself.
    models_by_name = {str(model.class_info.name): model for model in data.models}
    methods = []
    order = {op.get("operationId"): index for index, (_, _, op) in enumerate(operations(spec.doc))}
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            methods.append(build_method(spec, str(tag), endpoint, models_by_name))
    methods.sort(key=lambda m: order[m.name])

    runtime_imports: set[str] = set()
    typing_imports: set[str] = set()
    for m in methods:
        for line in m.type_imports:
            (runtime_imports if ".types import" in line or not line.startswith("from .") else typing_imports).add(line)
        for model, module in ((m.model, m.model_module), (m.item_model, m.item_module)):
            if model and module:
                typing_imports.add(f"from {module} import {model}")
    cls = spec.client_class
    error_shape_args = ", ".join(f"{k}={_literal(v)}" for k, v in (spec.doc.get("x-error") or {}).items())
    lines = [
        f'"""The {cls} facade: one method per operation of specs/{spec.path.name}.',
        "",
        "Generated by `python -m codegen`; do not edit. Change the spec, the codegen or its templates instead.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import TYPE_CHECKING, Any",
        "",
        "import httpx",
        "",
        "from mqclients._core.facade import AsyncFacade, SyncFacade, list_of, parse_body",
        "from mqclients._core.operation import Batch, ErrorShape, LongPoll, Operation, Pagination",
        "from mqclients._core.pagination import AsyncPager, SyncPager",
        *sorted(runtime_imports),
        "",
        "if TYPE_CHECKING:",
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
