"""The shared runtime under every mqclients client: one request loop, retries, errors, pagination, redaction.

Generated facades (``mqclients.<api>_api.facade``) call into this package; per-API modules (``mqclients.zaqar``, ...)
only add what differs: constructor conventions, auth and endpoint resolution.
"""
