"""The result codes (``result.code``) and JSON-RPC error codes (``error.code``) the server answers.

The 1111600001 to 1111600005 codes are the original project's; 1111600006 to 1111600011 are this project's, in
the same numbering. specs/queuemanager.yaml documents them (the info description and the ``Result`` schema).
"""

from __future__ import annotations

OK = 0
FAILURE = 1111600001  # internal failure (storage)
QUEUE_EXISTS = 1111600002
QUEUE_NOT_FOUND = 1111600003
TOO_MANY_IN_FLIGHT = 1111600004
QUEUE_EMPTY = 1111600005
INVALID_TOKEN = 1111600006  # added: token missing, unknown or expired
WRONG_CREDENTIALS = 1111600007  # added: wrong username or password, or a password that does not decrypt
QUEUE_NOT_EMPTY = 1111600008  # added: destroy_queue without force on a queue that holds elements
MESSAGE_NOT_FOUND = 1111600009  # added: ack of an unknown, already acknowledged or another user's message id
TRY_LATER = 1111600010  # added: too many failed logins (back-off) or too many logins at once
FORBIDDEN = 1111600011  # added: the user is not granted this queue or map

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603


class QMError(Exception):
    """A call that ran and failed: answered as ``result: {code, message}`` (HTTP 200)."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
