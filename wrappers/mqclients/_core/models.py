"""What every generated model shares: its base classes (a readable repr, JSON text, access to extra fields) and
the const check of ``from_dict``.

Generated models (codegen/templates/.../model.py.jinja) hold only their fields and their ``to_dict``/``from_dict``;
the rest lives here once instead of in each of ~500 modules. The field rule they follow is in codegen/models.py:
optional fields read ``T | None``.
"""

from __future__ import annotations

import json
from typing import Any, TypeVar

from .redact import REDACTED
from .unset import UNSET

T = TypeVar("T")


def model_repr(model: Any) -> str:
    """``Queue(id='q-1', name='orders')``: the fields that are present, in declaration order, by the names a
    caller uses; absent optional fields (``None`` by default, or ``UNSET``) are left out, and extra (unknown)
    fields are shown only when there are some."""
    import attrs

    secret = getattr(type(model), "_SECRET_FIELDS", ())  # the spec's x-secret fields: shown masked
    parts = []
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if value is UNSET or (value is None and field.default is None):
            continue
        if field.name == "additional_properties" and not value:
            continue
        name = field.alias or field.name
        parts.append(f"{name}={REDACTED!r}" if field.name in secret and value else f"{name}={value!r}")
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


class Model:
    """Base of every generated model (an attrs class that defines its fields, ``to_dict`` and ``from_dict``)."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def __repr__(self) -> str:
        """The fields that are present, by name: absent ones and empty extras are left out."""
        return model_repr(self)

    def to_json(self, **dumps_options: Any) -> str:
        """This model as JSON text, with the spec's field names (``to_dict()`` serialised)."""
        return model_json(self, **dumps_options)


class ModelWithExtras(Model):
    """Base of a model whose schema allows fields it does not name: they are kept in ``additional_properties``
    (by wire name) and read as ``model["name"]``."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
