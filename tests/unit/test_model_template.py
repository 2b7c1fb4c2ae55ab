"""The model template (codegen/models.py + model.py.jinja) on a small spec with every kind of field it writes:
the field rule holds, each kind round-trips, and a kind it has no code for fails generation loudly."""

from __future__ import annotations

import copy
import datetime
import importlib
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen.models import ModelTemplateError
from codegen.pipeline import format_tree, generate_api
from codegen.specs import Spec

WIDGET = {
    "type": "object",
    "required": ["name", "parts", "shape", "owner"],
    "properties": {
        "name": {"type": "string", "description": "Required."},
        "owner": {"type": ["string", "null"], "description": "Required, may be null."},
        "size": {"type": "integer", "default": 5, "description": "Optional, with a server default."},
        "note": {"type": ["string", "null"], "description": "Optional, null differs from absent."},
        "kind": {"type": "string", "enum": ["a", "b"], "description": "A literal enum."},
        "made": {"type": "string", "format": "date-time", "description": "A date-time."},
        "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}, "description": "Models."},
        "shape": {
            "oneOf": [{"$ref": "#/components/schemas/Part"}, {"type": "array", "items": {"type": "string"}}],
            "description": "A model or a list of strings.",
        },
        "labels": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Typed extras."},
    },
}

DOC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1", "x-package": "widgetsdemo", "x-client-class": "Widgets"},
    "paths": {
        "/widgets": {
            "post": {
                "operationId": "create_widget",
                "summary": "Create a widget.",
                "tags": ["w"],
                "x-doc": "test",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Part": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "Widget": WIDGET,
        }
    },
}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    root = tmp_path_factory.mktemp("gen")
    assert generate_api(Spec(Path("widgetsdemo.yaml"), copy.deepcopy(DOC)), root) == []
    format_tree(root)
    sys.path.insert(0, str(root))  # one more portion of the ``mqclients`` namespace package
    try:
        yield importlib.import_module("mqclients.widgetsdemo_api.models")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n.startswith("mqclients.widgetsdemo_api")]:
            del sys.modules[name]


FULL = {
    "name": "w",
    "owner": None,
    "size": 7,
    "note": None,
    "kind": "b",
    "made": "2026-01-02T03:04:05+00:00",
    "parts": [{"id": 1}, {"id": 2}],
    "shape": {"id": 3},
    "labels": {"x": "y"},
    "unknown": [1],
}


def test_every_kind_of_field_round_trips(models: Any) -> None:
    widget = models.Widget.from_dict(FULL)
    assert widget.made == datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert [p.id for p in widget.parts] == [1, 2]
    assert widget.shape == models.Part(id=3)
    assert widget.labels["x"] == "y"
    assert widget["unknown"] == [1]
    assert (widget.owner, widget.note) == (None, None)
    assert widget.to_dict() == FULL  # nulls where the schema admits them, extras, nested models, the date
    listed = models.Widget.from_dict({**FULL, "shape": ["s", "t"]})
    assert listed.shape == ["s", "t"]
    assert listed.to_dict()["shape"] == ["s", "t"]
    for twin in (pickle.loads(pickle.dumps(widget)), copy.deepcopy(widget)):  # noqa: S301 (our own bytes)
        assert twin == widget


def test_absent_optional_fields_read_none_and_are_not_written(models: Any) -> None:
    minimal = {"name": "w", "owner": "o", "parts": [], "shape": {"id": 1}}
    widget = models.Widget.from_dict(minimal)
    assert (widget.size, widget.note, widget.kind, widget.made, widget.labels) == (None, None, None, None, None)
    assert widget.to_dict() == minimal
    assert repr(widget) == "Widget(name='w', owner='o', parts=[], shape=Part(id=1))"
    built = models.Widget(name="w", owner=None, parts=[], shape=["s"])
    assert built.to_dict() == {"name": "w", "owner": None, "parts": [], "shape": ["s"]}  # a required null is sent
    assert "size" not in built.to_dict()  # the spec default is the server's: not sent


def test_a_field_whose_schema_admits_null_keeps_null_apart_from_absent(models: Any) -> None:
    widget = models.Widget(name="w", owner="o", parts=[], shape=["s"], note=None)
    assert widget.to_dict()["note"] is None
    del widget.note
    assert "note" not in widget.to_dict()
    widget.note = "n"
    assert widget.to_dict()["note"] == "n"
    assert models.Widget.from_dict({**FULL, "note": "n"}).note == "n"
    assert "note" not in models.Widget.from_dict({k: v for k, v in FULL.items() if k != "note"}).to_dict()


def test_the_spec_default_is_named_in_the_docstring(models: Any) -> None:
    module = sys.modules[models.Widget.__module__]
    assert "When omitted the server applies 5." in Path(str(module.__file__)).read_text(encoding="utf-8")


def test_a_field_kind_without_code_fails_generation(tmp_path: Path) -> None:
    doc = copy.deepcopy(DOC)
    doc["components"]["schemas"]["Widget"]["properties"]["blob"] = {"type": "string", "format": "binary"}
    with pytest.raises(ModelTemplateError, match="blob"):
        generate_api(Spec(Path("widgetsdemo.yaml"), doc), tmp_path)
