"""What every generated model calls beyond its own code: a readable repr, JSON text, and the const check.

Generated models (codegen/templates/.../model.py.jinja) call these from ``__repr__``, ``to_json`` and
``from_dict``. The field rule they follow is in codegen/models.py: optional fields read ``T | None``.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from .unset import UNSET

T = TypeVar("T")


def model_repr(model: Any) -> str:
    """``Queue(id='q-1', name='orders')``: the fields that are present, in declaration order, by the names a
    caller uses; absent optional fields (``None`` by default, or ``UNSET``) are left out, and extra (unknown)
    fields are shown only when there are some."""
    import attrs

    parts = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET or (value is None and field.default is None):
            continue
        if field.name == "additional_properties" and not value:
            continue
        parts.append(f"{field.alias or field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def model_json(model: Any, **dumps_options: Any) -> str:
    """``json.dumps(model.to_dict())``, compact unless told otherwise."""
    dumps_options.setdefault("separators", (",", ":"))
    dumps_options.setdefault("ensure_ascii", False)
    return json.dumps(model.to_dict(), **dumps_options)


def expect_const(value: T, const: Any, name: str) -> T:
    """``value`` when it is the spec's one allowed value for field ``name``, else ``ValueError`` naming both."""
    if value != const:
        raise ValueError(f"{name} must be {const!r}, got {value!r}")
    return value
