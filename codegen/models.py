"""How a generated model reads and writes each field: the Python code our model template emits per property.

openapi-python-client still parses the specs (names, references, enums, imports) and renders the enum modules;
the model classes are rendered by our own template (``templates/openapi_python_client/model.py.jinja``) from the
parsed properties, with the expressions built here. The generator's model and property templates are not used:
their optional fields are ``T | Unset``, which every reader of a response had to test with ``isinstance``.

The field rule (documented in CONTRIBUTING.md, "Models"):

- a required field is ``T`` (``T | None`` when its schema admits null) and is always sent;
- an optional field is ``T | None = None``: absent in a response reads as ``None``; ``None`` is not sent;
- an optional field whose schema admits null, where sending ``null`` says something omitting it does not, keeps
  "not given" apart from ``None`` in a private attribute (``_name``, default ``UNSET``) behind a property that
  reads ``T | None``: ``Model(name=None)`` sends ``null``, ``Model()`` sends nothing, ``del model.name`` un-gives it.

A spec ``default`` of an optional field is what the server applies when the field is omitted: the model does not
send it on its own (the attribute docstring names it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openapi_python_client.parser.properties import AnyProperty, EnumProperty, LiteralEnumProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

# Properties whose JSON value is the Python value: nothing to convert either way.
_PLAIN = (AnyProperty, BooleanProperty, FloatProperty, IntProperty, NoneProperty, StringProperty, ConstProperty)


class ModelTemplateError(Exception):
    """A property kind the model template cannot read or write (codegen fails loudly instead of guessing)."""


def _unsupported(prop: Any) -> ModelTemplateError:
    return ModelTemplateError(f"{prop.python_name}: the model template has no code for {type(prop).__name__} fields")


def _code(value: Any) -> str:
    return str(value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else value)


def _non_null(prop: Any) -> list[Any]:
    """The inner properties of a union other than ``null``."""
    return [inner for inner in prop.inner_properties if not isinstance(inner, NoneProperty)]


def admits_null(prop: Any) -> bool:
    """Whether the property's schema lets its value be JSON ``null``."""
    if isinstance(prop, NoneProperty):
        return True
    return isinstance(prop, UnionProperty) and len(_non_null(prop)) < len(prop.inner_properties)


def kind(prop: Any) -> str:
    """``required``, ``optional`` (``T | None = None``) or ``tristate`` (optional, and null differs from absent)."""
    if prop.required:
        return "required"
    if isinstance(prop, ConstProperty):
        return "required"  # an optional const still has its one value: declared with it as the default
    return "tristate" if admits_null(prop) else "optional"


def value_type(prop: Any) -> str:
    """The type of the field's value as a reader sees it: ``None`` included unless the field is required and
    its schema does not admit null."""
    if isinstance(prop, UnionProperty) and admits_null(prop):
        # ``str | None`` rather than the generator's sorted ``None | str``.
        members = sorted({_code(inner.get_type_string(no_optional=True)) for inner in _non_null(prop)}, key=str.lower)
        return " | ".join([*members, "None"])
    base = _code(prop.get_type_string(no_optional=True))
    return base if prop.required else f"{base} | None"


def default(prop: Any) -> str | None:
    """The attribute's default in the class body, or None for a required field without one."""
    if prop.required or isinstance(prop, ConstProperty):
        return None if prop.default is None else _code(prop.default.python_code)
    return "UNSET" if kind(prop) == "tristate" else "None"


def server_default(prop: Any) -> str | None:
    """The spec's default of an optional field (the server's, when the field is omitted), for the docstring."""
    if prop.required or isinstance(prop, ConstProperty) or prop.default is None:
        return None
    return _code(prop.default.python_code)


def needs_conversion(prop: Any) -> bool:
    if isinstance(prop, _PLAIN):
        return isinstance(prop, ConstProperty)
    if isinstance(prop, ListProperty):
        return needs_conversion(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return any(needs_conversion(inner) for inner in prop.inner_properties)
    return True


def _instance_check(prop: Any, src: str) -> str:
    """A test that a JSON value (decoding) or a Python value (encoding) belongs to this union member."""
    if isinstance(prop, ModelProperty):
        return f"isinstance({src}, {prop.class_info.name})"
    if isinstance(prop, ListProperty):
        return f"isinstance({src}, list)"
    if isinstance(prop, (StringProperty, DateProperty, DateTimeProperty, UuidProperty, EnumProperty)):
        return f"isinstance({src}, str)"
    if isinstance(prop, LiteralEnumProperty):
        return f"isinstance({src}, {_code(prop.get_instance_type_string())})"
    if isinstance(prop, BooleanProperty):
        return f"isinstance({src}, bool)"
    if isinstance(prop, IntProperty):
        return f"(isinstance({src}, int) and not isinstance({src}, bool))"
    if isinstance(prop, FloatProperty):
        return f"isinstance({src}, (int, float))"
    raise ModelTemplateError(f"{prop.name}: a union member of kind {type(prop).__name__} cannot be told apart")


def _union(prop: Any, src: str, depth: int, convert: Callable[[Any, str, int], str], *, decoding: bool) -> str:
    members = _non_null(prop)
    if not needs_conversion(prop):
        return src
    if len(members) == 1:
        expression = convert(members[0], src, depth)
    else:
        # Members that need conversion are tested in order; the last one (or the plain ones) take the rest.
        converted = [m for m in members if needs_conversion(m)]
        plain = [m for m in members if not needs_conversion(m)]
        ordered = converted + plain
        expression = src if plain else convert(ordered[-1], src, depth)
        tested = converted if plain else converted[:-1]
        for member in reversed(tested):
            check = _instance_check(member, src)
            if decoding and isinstance(member, ModelProperty):
                check = f"isinstance({src}, Mapping)"
            expression = f"{convert(member, src, depth)} if {check} else {expression}"
    if admits_null(prop):
        return f"None if {src} is None else {expression}"
    return expression


def decode(prop: Any, src: str, depth: int = 0) -> str:
    """An expression turning the JSON value ``src`` (present in the body) into the field's Python value."""
    if isinstance(prop, ConstProperty):
        return f"expect_const({src}, {_code(prop.value.python_code)}, {str(prop.python_name)!r})"
    if isinstance(prop, _PLAIN):
        return src
    if isinstance(prop, ModelProperty):
        return f"{prop.class_info.name}.from_dict({src})"
    if isinstance(prop, LiteralEnumProperty):
        return f"check_{prop.get_class_name_snake_case()}({src})"
    if isinstance(prop, EnumProperty):
        return f"{prop.class_info.name}({src})"
    if isinstance(prop, DateProperty):
        return f"datetime.date.fromisoformat({src})"
    if isinstance(prop, DateTimeProperty):
        return f"datetime.datetime.fromisoformat({src})"
    if isinstance(prop, UuidProperty):
        return f"UUID({src})"
    if isinstance(prop, ListProperty):
        if not needs_conversion(prop.inner_property):
            return src
        item = f"item{depth}"
        return f"[{decode(prop.inner_property, item, depth + 1)} for {item} in {src}]"
    if isinstance(prop, UnionProperty):
        return _union(prop, src, depth, decode, decoding=True)
    raise _unsupported(prop)


def encode(prop: Any, src: str, depth: int = 0) -> str:
    """An expression turning the field's Python value ``src`` into its JSON value."""
    if isinstance(prop, (*_PLAIN, LiteralEnumProperty)):
        return src
    if isinstance(prop, ModelProperty):
        return f"{src}.to_dict()"
    if isinstance(prop, EnumProperty):
        return f"{src}.value"
    if isinstance(prop, (DateProperty, DateTimeProperty)):
        return f"{src}.isoformat()"
    if isinstance(prop, UuidProperty):
        return f"str({src})"
    if isinstance(prop, ListProperty):
        if not needs_conversion(prop.inner_property):
            return src
        item = f"item{depth}"
        return f"[{encode(prop.inner_property, item, depth + 1)} for {item} in {src}]"
    if isinstance(prop, UnionProperty):
        return _union(prop, src, depth, encode, decoding=False)
    raise _unsupported(prop)


def template_globals() -> dict[str, Any]:
    """What ``model.py.jinja`` calls."""
    return {
        "mq_kind": kind,
        "mq_value_type": value_type,
        "mq_default": default,
        "mq_server_default": server_default,
        "mq_needs_conversion": needs_conversion,
        "mq_decode": decode,
        "mq_encode": encode,
    }
