"""Validate a spec (openapi-spec-validator) and lint the project's conventions (specs/README.md)."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
from openapi_spec_validator import validate as validate_openapi

from . import crosscheck
from .extensions import (
    INFO_EXTENSIONS,
    OPERATION_EXTENSIONS,
    PARAMETER_EXTENSIONS,
    ROOT_EXTENSIONS,
    SCHEMA_EXTENSIONS,
)
from .specs import Spec, operations, resolve

SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_COMPOSITE = ("oneOf", "anyOf", "allOf", "enum", "const", "$ref")


def _check_extensions(node: dict[str, Any], allowed: dict[str, dict[str, Any]], where: str) -> list[str]:
    problems = []
    for key, value in node.items():
        if not key.startswith("x-"):
            continue
        if key not in allowed:
            problems.append(f"{where}: unknown extension {key} (known here: {', '.join(sorted(allowed))})")
            continue
        for error in jsonschema.Draft202012Validator(allowed[key]).iter_errors(value):
            problems.append(f"{where}: {key} malformed: {error.message}")
    return problems


def _has_type(schema: dict[str, Any]) -> bool:
    return "type" in schema or any(k in schema for k in _COMPOSITE) or schema.get("x-any-json") is True


def _lint_schema(schema: Any, where: str, problems: list[str]) -> None:
    """Every property has a type and a description; recurse into properties and items."""
    if not isinstance(schema, dict):
        return
    problems.extend(_check_extensions(schema, SCHEMA_EXTENSIONS, where))
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        if not _has_type(prop):
            problems.append(f"{where}.{name}: property has no type (or $ref, or x-any-json: true)")
        if "$ref" not in prop and not prop.get("description"):
            problems.append(f"{where}.{name}: property has no description")
        if prop.get("x-secret") and prop.get("type") != "string":
            problems.append(f"{where}.{name}: x-secret marks string properties only (it masks their text)")
        _lint_schema(prop, f"{where}.{name}", problems)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _lint_schema(schema[key], f"{where}.{key}", problems)
    for key in ("oneOf", "anyOf", "allOf"):
        for index, sub in enumerate(schema.get(key) or []):
            _lint_schema(sub, f"{where}.{key}[{index}]", problems)


def _examples(node: dict[str, Any]) -> list[Any]:
    found = []
    if "example" in node:
        found.append(node["example"])
    examples = node.get("examples")
    if isinstance(examples, list):
        found.extend(examples)
    elif isinstance(examples, dict):
        found.extend(ex["value"] for ex in examples.values() if isinstance(ex, dict) and "value" in ex)
    return found


def _lint_examples(doc: dict[str, Any], schema: Any, examples: list[Any], where: str, problems: list[str]) -> None:
    if not examples or not isinstance(schema, dict):
        return
    resolved = resolve(doc, schema)
    validator = jsonschema.Draft202012Validator(resolved)
    for index, example in enumerate(examples):
        for error in validator.iter_errors(example):
            path = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{where}: example {index} does not validate at '{path}': {error.message}")


def _walk_schema_examples(doc: dict[str, Any], schema: Any, where: str, problems: list[str]) -> None:
    if not isinstance(schema, dict):
        return
    _lint_examples(doc, schema, _examples(schema), where, problems)
    for name, prop in (schema.get("properties") or {}).items():
        _walk_schema_examples(doc, prop, f"{where}.{name}", problems)
    if isinstance(schema.get("items"), dict):
        _walk_schema_examples(doc, schema["items"], f"{where}.items", problems)


def _success_body_is_ref(schema: dict[str, Any]) -> bool:
    if "$ref" in schema:
        return True
    return schema.get("type") == "array" and isinstance(schema.get("items"), dict) and "$ref" in schema["items"]


def lint(spec: Spec) -> list[str]:
    """Every problem found, as ``where: what`` lines; empty when the spec is clean."""
    doc = spec.doc
    try:
        validate_openapi(doc)
    except Exception as exc:  # the validator raises several exception types; all mean "invalid"
        return [f"{spec.path.name}: not a valid OpenAPI document: {str(exc).splitlines()[0]}"]

    problems: list[str] = []
    problems += _check_extensions(doc, ROOT_EXTENSIONS, "root")
    problems += _check_extensions(doc.get("info", {}), INFO_EXTENSIONS, "info")
    for key in ("x-package", "x-client-class"):
        if key not in doc.get("info", {}):
            problems.append(f"info: missing {key}")

    seen_ids: dict[str, str] = {}
    for path, method, op in operations(doc):
        where = f"{method.upper()} {path}"
        op_id = op.get("operationId")
        if not op_id:
            problems.append(f"{where}: no operationId")
        elif not SNAKE.match(op_id):
            problems.append(f"{where}: operationId {op_id!r} is not snake_case")
        elif op_id in seen_ids:
            problems.append(f"{where}: operationId {op_id!r} also used by {seen_ids[op_id]}")
        else:
            seen_ids[op_id] = where
        for key in ("summary", "x-doc"):
            if not op.get(key):
                problems.append(f"{where}: no {key}")
        if not op.get("tags"):
            problems.append(f"{where}: no tags")
        problems += _check_extensions(op, OPERATION_EXTENSIONS, where)

        for param in op.get("parameters", []):
            param = resolve(doc, param)
            pwhere = f"{where} parameter {param.get('name')}"
            problems += _check_extensions(param, PARAMETER_EXTENSIONS, pwhere)
            if not param.get("description"):
                problems.append(f"{pwhere}: no description")
            schema = param.get("schema")
            if not isinstance(schema, dict) or not _has_type(schema):
                problems.append(f"{pwhere}: no schema with a type")
            elif param.get("in") == "path" and "default" in schema:
                # the generator would emit a defaulted positional argument before required ones: invalid Python
                problems.append(f"{pwhere}: a path parameter cannot have a default (fill it with x-client-param)")
            _lint_examples(doc, schema, _examples(param), pwhere, problems)

        body = op.get("requestBody")
        if body:
            for ctype, media in resolve(doc, body).get("content", {}).items():
                _lint_examples(doc, media.get("schema"), _examples(media), f"{where} request {ctype}", problems)

        for status, response in (op.get("responses") or {}).items():
            response = resolve(doc, response) if "$ref" in response else response
            for ctype, media in (response.get("content") or {}).items():
                rwhere = f"{where} response {status} {ctype}"
                schema = media.get("schema")
                if str(status).startswith("2") and isinstance(schema, dict) and not _success_body_is_ref(schema):
                    problems.append(f"{rwhere}: success body must be a $ref to components/schemas (or an array of one)")
                _lint_examples(doc, schema, _examples(media), rwhere, problems)

    problems += crosscheck.check(doc)

    for name, schema in (doc.get("components", {}).get("schemas") or {}).items():
        where = f"components.schemas.{name}"
        if isinstance(schema, dict) and not _has_type(schema):
            problems.append(f"{where}: schema has no type")
        _lint_schema(schema, where, problems)
        _walk_schema_examples(doc, schema, where, problems)
    return problems
