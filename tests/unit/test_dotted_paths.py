"""``dotted_get``: the reader of every envelope code, error field and paging field, and its bounded path cache."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from mqclients._core import operation
from mqclients._core.operation import dotted_get


def test_any_mapping_is_walked_not_only_dicts() -> None:
    frozen = MappingProxyType({"result": MappingProxyType({"code": 7})})
    assert dotted_get(frozen, "result.code") == 7
    assert dotted_get(frozen, "error.code|result.code") == 7


def test_a_missing_step_or_a_non_mapping_gives_none() -> None:
    assert dotted_get({"result": {"code": 7}}, "result.missing") is None
    assert dotted_get({"result": [1, 2]}, "result.code") is None
    assert dotted_get({"result": {"code": 7}}, None) is None


def test_split_paths_are_remembered_up_to_the_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(operation, "_SPLIT_PATHS", {})
    assert dotted_get({"a": {"b": 1}}, "a.b") == 1
    assert operation._SPLIT_PATHS == {"a.b": (("a", "b"),)}
    for n in range(1100):  # paths come from specs; a caller's own paths must not grow the cache without end
        assert dotted_get({f"k{n}": n}, f"k{n}") == n
    assert len(operation._SPLIT_PATHS) == 1024
