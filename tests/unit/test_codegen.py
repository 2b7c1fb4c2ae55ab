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


def with_post(doc: dict[str, Any], **extensions: Any) -> None:
    """Add a POST operation with a JSON body ``{things: [Thing]}`` carrying ``extensions``."""
    doc["paths"]["/things"]["post"] = {
        "operationId": "add_things",
        "summary": "Add things.",
        "tags": ["things"],
        "x-doc": "test",
        "requestBody": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}},
        },
        "responses": {"204": {"description": "done"}},
        **extensions,
    }


def with_client_param(doc: dict[str, Any], name: str) -> None:
    get_op(doc)["parameters"].append(
        {"name": "X-P", "in": "header", "description": "p", "schema": {"type": "string"}, "x-client-param": name}
    )


def test_a_conforming_spec_lints_clean() -> None:
    assert lint(spec(GOOD)) == []


@pytest.mark.slow  # whole-repository check, 1-3 s: in make test, kept out of the fast suite's budget
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
        (lambda d: d["components"]["schemas"]["Thing"]["properties"]["name"].update({"x-secret": 1}), "x-secret malf"),
        (
            lambda d: d["components"]["schemas"]["ThingList"]["properties"]["things"].update({"x-secret": True}),
            "string",
        ),
        (lambda d: d["info"].pop("x-package"), "missing x-package"),
        (
            lambda d: get_op(d)["responses"]["200"]["content"]["application/json"].update(schema={"type": "object"}),
            "success body must be a $ref",
        ),
        (lambda d: d.update(paths={"/x": {"get": {"responses": "nope"}}}), "not a valid OpenAPI document"),
        # cross-checks of the extensions against the schemas and parameters they name
        (lambda d: get_op(d)["x-pagination"].update(items="thingz"), "x-pagination.items 'thingz' is not in the"),
        (lambda d: get_op(d)["x-pagination"].update(total="count"), "x-pagination.total 'count' is not in the"),
        (lambda d: get_op(d)["x-pagination"].update(offset_param="ofset"), "'ofset' is not a query parameter"),
        (lambda d: get_op(d)["x-pagination"].update(limit_param="lim"), "'lim' is not a query parameter"),
        (lambda d: get_op(d)["x-pagination"].update(style="start"), "x-pagination malformed"),  # no start_param
        (lambda d: get_op(d)["x-pagination"].update(style="start", start_param="offset", first=2), "malformed"),
        (lambda d: get_op(d)["x-pagination"].update(style="start", start_param="strt"), "'strt' is not a query"),
        (
            lambda d: get_op(d).update(
                {
                    "x-pagination": {
                        "style": "token",
                        "items": "things",
                        "token_param": "offset",
                        "token_field": "next_markr",
                    }
                }
            ),
            "x-pagination.token_field 'next_markr' is not in the response",
        ),
        (
            lambda d: get_op(d).update(
                {"x-pagination": {"style": "link", "items": "things", "params": ["offset"], "links": "linkz"}}
            ),
            "x-pagination.links 'linkz' is not in the response",
        ),
        (
            lambda d: d["components"]["schemas"]["ThingList"]["properties"].update(
                things={"type": "string", "description": "x"}
            ),
            "must be an array of objects",
        ),
        (lambda d: with_post(d, **{"x-batch": {"items": "thing", "max_items": 2}}), "x-batch.items 'thing' is not"),
        (lambda d: get_op(d).update({"x-host": "topic"}), "x-host 'topic' is not one of x-hosts"),
        (lambda d: get_op(d).update({"x-long-poll": {"param": "wait"}}), "x-long-poll.param 'wait' is not a query"),
        (lambda d: with_client_param(d, "project"), "x-client-param 'project' is not declared"),
        (lambda d: d.update({"x-client-params": {"region": "r"}}), "declares 'region', which no parameter uses"),
    ],
)
def test_lint_names_each_broken_rule(change: Any, expected: str) -> None:
    problems = broken(change)
    assert any(expected in p for p in problems), problems


def test_cross_checked_extensions_that_are_right_lint_clean() -> None:
    def change(doc: dict[str, Any]) -> None:
        with_post(doc, **{"x-batch": {"items": "things", "max_items": 2}, "x-host": "topic"})
        doc["x-hosts"] = {"topic": "https://topic.example"}
        doc["x-client-params"] = {"project": "the project"}
        with_client_param(doc, "project")

    assert broken(change) == []


def test_an_orphaned_generated_package_fails_the_check(tmp_path: Path) -> None:
    from codegen.pipeline import orphans

    (tmp_path / "mqclients" / "gone_api").mkdir(parents=True)
    (tmp_path / "mqclients" / "tiny_api").mkdir()
    (tmp_path / "inventory").mkdir()
    (tmp_path / "inventory" / "gone.md").write_text("x", encoding="utf-8")
    (tmp_path / "inventory" / "tiny.md").write_text("x", encoding="utf-8")
    found = orphans([spec(GOOD)], tmp_path)
    assert [p.name for p in found] == ["gone_api", "gone.md"]


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
