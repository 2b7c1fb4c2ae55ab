"""What every generated model can do beyond the generator's own: a readable repr and JSON text.

Generated models call these from their ``__repr__`` and ``to_json`` (codegen/templates/.../model.py.jinja).
"""

from __future__ import annotations

import json
from typing import Any

from .redact import REDACTED
from .unset import UNSET


def model_repr(model: Any) -> str:
    """``Queue(id='q-1', name='orders')``: the fields that are set, in declaration order; ``UNSET`` ones omitted,
    extra (unknown) fields shown only when there are some."""
    import attrs

    secret = getattr(type(model), "_SECRET_FIELDS", ())  # the spec's x-secret fields: shown masked
    parts = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={REDACTED!r}" if field.name in secret and value else f"{field.name}={value!r}")
    return f"{type(model).__name__}({', '.join(parts)})"


def model_json(model: Any, **dumps_options: Any) -> str:
    """``json.dumps(model.to_dict())``, compact unless told otherwise."""
    dumps_options.setdefault("separators", (",", ":"))
    dumps_options.setdefault("ensure_ascii", False)
    return json.dumps(model.to_dict(), **dumps_options)
