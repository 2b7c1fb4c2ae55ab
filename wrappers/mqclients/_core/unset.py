"""``UNSET``: the one "not given" sentinel of every generated model and facade method.

One object for the life of the process, shared by every API package (each ``mqclients.<api>_api.types``
re-exports it), so the runtime can tell "not given" from ``None`` whatever API a value came from. It survives
``copy``, ``deepcopy`` and ``pickle`` as itself (a copied model still compares equal and validates), is falsy,
and reads as ``UNSET`` in reprs.
"""

from __future__ import annotations

from typing import Any, Literal


class Unset:
    """The type of ``UNSET``: a field the caller did not give (sent as nothing, not as null)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Unset:
        return self

    def __reduce__(self) -> str:
        # pickle stores a reference to this module's global, so loading gives back the same object.
        return "UNSET"


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
