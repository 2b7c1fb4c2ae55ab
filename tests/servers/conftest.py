"""Fixtures of the server tests: both stores (see tests/support/stores.py)."""

from tests.support.stores import postgres, store_for, store_kind

__all__ = ["postgres", "store_for", "store_kind"]
