"""codegen: the spec lint catches what the conventions forbid, and generation is deterministic."""

from __future__ import annotations

import copy
import filecmp
from pathlib import Path
from typing import Any

import pytest

from codegen.lint import lint
from codegen.pipeline import format_tree, generate_api
from codegen.specs import Spec, discover

GOOD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1", "x-package": "tiny", "x-client-class": "Tiny"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "list_things",
                "summary": "List things.",
                "tags": ["things"],
                "x-doc": "test",
                "x-pagination": {"style": "offset", "items": "things", "offset_param": "offset"},
                "parameters": [
                    {
                        "name": "offset",
                        "in": "query",
                        "description": "Where to start.",
                        "schema": {"type": "integer", "minimum": 0},
                        "example": 3,
                    }
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"name": {"type": "string", "description": "Its name.", "maxLength": 3}},
            },
            "ThingList": {
                "type": "object",
                "properties": {
                    "things": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}, "description": "x"}
                },
            },
        }
    },
}


def spec(doc: dict[str, Any]) -> Spec:
    return Spec(Path("tiny.yaml"), doc)


def broken(change: Any) -> list[str]:
    doc = copy.deepcopy(GOOD)
    change(doc)
    return lint(spec(doc))


def get_op(doc: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"]["/things"]["get"]
    return result


def test_a_conforming_spec_lints_clean() -> None:
    assert lint(spec(GOOD)) == []


def test_every_spec_in_the_repo_lints_clean() -> None:
    for found in discover():
        assert lint(found) == [], found.path.name


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: get_op(d).pop("x-doc"), "no x-doc"),
        (lambda d: get_op(d).pop("summary"), "no summary"),
        (lambda d: get_op(d).pop("tags"), "no tags"),
        (lambda d: get_op(d).update(operationId="ListThings"), "not snake_case"),
        (lambda d: get_op(d).update({"x-paginate": {}}), "unknown extension x-paginate"),
        (lambda d: get_op(d)["x-pagination"].pop("offset_param"), "x-pagination malformed"),
        (lambda d: get_op(d)["x-pagination"].update(style="pages"), "x-pagination malformed"),
        (lambda d: get_op(d).update({"x-idempotent": "yes"}), "x-idempotent malformed"),
        (lambda d: get_op(d)["parameters"][0].update(example=-1), "example 0 does not validate"),
        (lambda d: get_op(d)["parameters"][0].pop("description"), "parameter offset: no description"),
        (lambda d: d["components"]["schemas"]["Thing"]["properties"]["name"].pop("description"), "no description"),
        (lambda d: d["components"]["schemas"]["Thing"]["properties"]["name"].pop("type"), "property has no type"),
        (lambda d: d["components"]["schemas"]["Thing"].update(example={"name": "toolong"}), "does not validate"),
        (lambda d: d["info"].pop("x-package"), "missing x-package"),
        (
            lambda d: get_op(d)["responses"]["200"]["content"]["application/json"].update(schema={"type": "object"}),
            "success body must be a $ref",
        ),
        (lambda d: d.update(paths={"/x": {"get": {"responses": "nope"}}}), "not a valid OpenAPI document"),
    ],
)
def test_lint_names_each_broken_rule(change: Any, expected: str) -> None:
    problems = broken(change)
    assert any(expected in p for p in problems), problems


@pytest.mark.slow
def test_generation_is_deterministic(tmp_path: Path) -> None:
    zaqar = discover(["zaqar"])[0]
    for run in ("a", "b"):
        assert generate_api(zaqar, tmp_path / run) == []
        format_tree(tmp_path / run)
    comparison = filecmp.dircmp(tmp_path / "a", tmp_path / "b")
    differing: list[str] = []

    def walk(cmp: filecmp.dircmp[str]) -> None:
        differing.extend(cmp.diff_files + cmp.left_only + cmp.right_only)
        for sub in cmp.subdirs.values():
            walk(sub)

    walk(comparison)
    assert differing == []
    assert (tmp_path / "a" / "mqclients" / "zaqar_api" / "facade.py").stat().st_size > 10_000
