"""Request signers, one module per signature scheme: sans-I/O ``httpx.Auth`` classes split into testable steps."""
