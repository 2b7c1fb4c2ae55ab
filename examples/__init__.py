"""Runnable examples; `make demo` runs the Zaqar quickstart."""
