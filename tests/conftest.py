"""Fixtures shared by several test folders: the queueManager server's two stores (tests/support/stores.py)."""

from tests.support.stores import postgres, store_for, store_kind

__all__ = ["postgres", "store_for", "store_kind"]
