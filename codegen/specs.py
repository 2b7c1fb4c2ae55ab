"""Finding and loading the specs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
GENERATED_DIR = ROOT / "generated"


@dataclass(frozen=True)
class Spec:
    """One API's spec file, loaded."""

    path: Path
    doc: dict[str, Any]

    @property
    def api_id(self) -> str:
        return self.path.stem

    @property
    def package(self) -> str:
        """Short name: ``zaqar`` -> the generated package ``mqclients.zaqar_api``."""
        return str(self.doc.get("info", {}).get("x-package", self.api_id.replace("-", "_")))

    @property
    def client_class(self) -> str:
        return str(self.doc.get("info", {}).get("x-client-class", self.package.title()))


def load(path: Path) -> Spec:
    doc = read_yaml(path)
    if not isinstance(doc, dict):
        raise SystemExit(f"{path}: not a YAML mapping")
    return Spec(path, doc)


def read_yaml(path: Path) -> Any:
    """A YAML file, read with the safe loader (libyaml's when the wheel has it: ten times faster on large specs)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def discover(names: list[str] | None = None, specs_dir: Path = SPECS_DIR) -> list[Spec]:
    """Every spec in specs/ (or ``specs_dir``; sorted by file name), or those named by short name or file stem."""
    specs = [load(path) for path in sorted(specs_dir.glob("*.yaml"))]
    if not names:
        return specs
    chosen = [s for s in specs if s.package in names or s.api_id in names]
    unknown = set(names) - {s.package for s in chosen} - {s.api_id for s in chosen}
    if unknown:
        known = ", ".join(s.package for s in specs)
        raise SystemExit(f"unknown api: {', '.join(sorted(unknown))} (known: {known})")
    return chosen


def resolve(doc: dict[str, Any], node: Any, depth: int = 0) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points to (recursively, to a fixed depth)."""
    if depth > 30:
        raise ValueError("$ref nesting deeper than 30: recursive schema?")
    if isinstance(node, dict):
        if _is_ref(node):
            target = _pointer(doc, node["$ref"])
            merged = {**resolve(doc, target, depth + 1), **{k: v for k, v in node.items() if k != "$ref"}}
            return merged
        return {k: resolve(doc, v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(doc, item, depth + 1) for item in node]
    return node


def deref(doc: Mapping[str, Any], node: Any) -> Any:
    """``node`` with its own ``$ref`` (a chain of them) followed, sibling keys kept; its children stay as they are.

    The shallow twin of ``resolve``, for readers that walk a schema themselves (and so survive recursive schemas).
    """
    hops = 0
    while _is_ref(node):
        target = _pointer(doc, node["$ref"])
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        hops += 1
        if hops > 50:
            raise ValueError(f"$ref loop at {node!r:.80}")
    return node


def _is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")


def _pointer(doc: Mapping[str, Any], ref: str) -> Any:
    """What a local JSON pointer (``#/components/schemas/Queue``) points to."""
    target: Any = doc
    for part in ref[2:].split("/"):
        target = target[part.replace("~1", "/").replace("~0", "~")]
    return target


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _param_key(doc: dict[str, Any], param: Any) -> tuple[str, str]:
    resolved = resolve(doc, param)
    return str(resolved.get("name")), str(resolved.get("in"))


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """``(path, method, operation)`` for every operation, in the spec's order.

    Parameters declared on the path item are merged into each operation's (the operation's own win), so every
    reader sees an operation's whole parameter list in one place.
    """
    found = []
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = dict(item[method])
            own = op.get("parameters") or []
            own_keys = {_param_key(doc, p) for p in own}
            op["parameters"] = [p for p in shared if _param_key(doc, p) not in own_keys] + list(own)
            found.append((path, method, op))
    return found
