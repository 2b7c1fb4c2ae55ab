"""Call any generated operation with valid arguments taken from the spec: its examples, or synthesized values."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

from codegen.specs import operations, resolve
from servers.spec_values import synthesize

ROOT = Path(__file__).resolve().parents[2]


class SpecCalls:
    """The operations of one spec and, for each, the arguments of a valid call of its generated method."""

    def __init__(self, spec_file: str, package: str) -> None:
        self.doc: dict[str, Any] = yaml.safe_load((ROOT / "specs" / spec_file).read_text(encoding="utf-8"))
        self.package = package
        self.ops = {op["operationId"]: (path, method, op) for path, method, op in operations(self.doc)}

    def body_model(self, method: Any) -> tuple[Any, bool]:
        """The model class a method's ``body`` takes, and whether the body is a list of them.

        Read from the annotation's text (``Queue | Mapping[str, Any] | None``, ``list[PatchOp]``): the generated
        facade imports models only for type checkers, so the names are looked up in the models package.
        """
        annotation = str(inspect.signature(method).parameters["body"].annotation)
        is_list = annotation.startswith("list[")
        name = annotation.removeprefix("list[").split("]")[0].split(" | ")[0].strip()
        models = importlib.import_module(f"mqclients.{self.package}.models")
        return getattr(models, name), is_list

    def _body(self, op_id: str, method: Any) -> Any:
        _, _, op = self.ops[op_id]
        media = next(iter(resolve(self.doc, op["requestBody"])["content"].values()))
        value = media.get("example")
        if value is None and isinstance(media.get("examples"), dict):
            value = next(iter(media["examples"].values()))["value"]
        if value is None:
            value = synthesize(resolve(self.doc, media["schema"]))
        model, is_list = self.body_model(method)
        if is_list:
            return [model.from_dict(v) for v in value]
        return model.from_dict(value)

    def arguments(self, op_id: str, method: Any) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments for ``method`` (the facade method of ``op_id``)."""
        _, _, op = self.ops[op_id]
        params: dict[str, Any] = {
            str(PythonIdentifier(p["name"], "")): p for p in (resolve(self.doc, q) for q in op["parameters"])
        }
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for name, parameter in inspect.signature(method).parameters.items():
            if name == "self":
                continue
            if name == "body":
                # a model built from the spec's example: positional for array bodies, else body=
                if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                    if parameter.default is inspect.Parameter.empty:
                        args.append(self._body(op_id, method))
                elif "requestBody" in op:
                    kwargs["body"] = self._body(op_id, method)
                continue
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                args.append(synthesize(params[name].get("schema", {})))
            elif parameter.default is inspect.Parameter.empty and name in params:
                kwargs[name] = synthesize(params[name].get("schema", {}))
        return args, kwargs

    def parameter_schema(self, op_id: str, wire_name: str) -> dict[str, Any]:
        _, _, op = self.ops[op_id]
        schema: dict[str, Any] = next(
            p["schema"] for p in (resolve(self.doc, q) for q in op["parameters"]) if p["name"] == wire_name
        )
        return schema

    def paginated(self) -> list[str]:
        return [op_id for op_id, (_, _, op) in self.ops.items() if "x-pagination" in op]
