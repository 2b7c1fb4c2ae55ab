"""Servers mqclients runs for its demo, tests and benchmarks (loopback only)."""
