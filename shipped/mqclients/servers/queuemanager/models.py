# Generated from specs/queuemanager.yaml by datamodel-code-generator (pydantic v2 models): do not edit.
# Regenerate with `python -m servers.queuemanager.generate_models` (`--check` to verify it is up to date).
# ruff: noqa: E501

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from typing_extensions import TypeAliasType


class Result(BaseModel):
    code: Annotated[int, Field(description="The result code; 0 on success.")]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class RpcError(BaseModel):
    code: Annotated[
        int,
        Field(
            description="The JSON-RPC error code: -32700 parse error, -32600 invalid request, -32601 method not found, -32602 invalid params, -32603 internal error."
        ),
    ]
    message: Annotated[
        str,
        Field(description="What was wrong, in English; for -32602 it names the field and the rule."),
    ]
    data: Annotated[
        Any | None,
        Field(
            description="Details; for -32602 a list of `{field, rule, message}` objects, for a body too large `{max_bytes}`."
        ),
    ] = None


class ErrorResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id, or null when it could not be read."),
    ]
    error: RpcError


class ElementInfo(BaseModel):
    element: Annotated[str, Field(description="The element.")]
    message_id: Annotated[int, Field(description="The element's message id, to pass to `ack`.", ge=1)]


class MapEntry(BaseModel):
    key: Annotated[str, Field(description="The key.")]
    value: Annotated[str, Field(description="The key's value.")]


class AuthParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    username: Annotated[
        str,
        Field(
            description="The user's name, as in the server's users file; 1 to 64 characters, letters, digits, `_`, `.`, `@` and `-`.",
            max_length=64,
            min_length=1,
            pattern="^[A-Za-z0-9_.@-]+$",
        ),
    ]
    password: Annotated[
        str,
        Field(
            description='The login payload, UTF-8 JSON `{"challenge": ..., "time": ..., "password": ...}`, encrypted with the server\'s public key (RSA-OAEP with SHA-256), in canonical standard base64 with padding.',
            max_length=1024,
            min_length=4,
            pattern="^[A-Za-z0-9+/]+={0,2}$",
        ),
    ]


class AuthResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    token: Annotated[
        str | None,
        Field(description="The session token; the client sends it in every other call's `params.token`."),
    ] = None
    expires_in: Annotated[
        int | None,
        Field(
            description="Seconds the token stays valid unless renewed by `heart_beat` (an addition to the document).",
            ge=1,
        ),
    ] = None


class HeartBeatParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None


class HeartBeatResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    expires_in: Annotated[
        int | None,
        Field(
            description="Seconds the token now stays valid (an addition to the document).",
            ge=1,
        ),
    ] = None


class LogoutParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None


class LogoutResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class NewQueueParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class NewQueueResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class AddParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    element: Annotated[
        str,
        Field(
            description="The value to add, any string of at most 65,536 characters (the empty string too).",
            max_length=65536,
        ),
    ]


class AddResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


Element = TypeAliasType("Element", Annotated[str, Field(max_length=65536)])


class AddAllParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    elements: Annotated[
        list[Element],
        Field(
            description="The values to add, in order; 1 to 1,000 strings of at most 65,536 characters each.",
            max_length=1000,
            min_length=1,
        ),
    ]


class AddAllResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class PollParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class PollResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    element: Annotated[str | None, Field(description="The element taken from the queue.")] = None
    message_id: Annotated[
        int | None,
        Field(
            description="The element's message id, to pass to `ack`. Unique on the server and never reused; an element delivered again keeps its id.",
            ge=1,
        ),
    ] = None


class PullElementsParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    number: Annotated[
        int,
        Field(description="How many elements to take at most, 1 to 1,000.", ge=1, le=1000),
    ]


class PullElementsResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    element_info: Annotated[
        list[ElementInfo] | None,
        Field(description="The elements taken, oldest first (empty when the queue is)."),
    ] = None
    number: Annotated[int | None, Field(description="How many elements `element_info` holds.", ge=0)] = None


class AckParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    message_id: Annotated[
        int,
        Field(
            description="The message id answered by `poll` or `pull_elements`.",
            ge=1,
            le=9223372036854775807,
        ),
    ]
    ack_type: Annotated[
        Literal[0, 1],
        Field(
            description="How consuming went: 0 consumed (delete the element), 1 failed (put it back at the tail of the queue)."
        ),
    ] = 0


class AckResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class SizeParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class SizeResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    size: Annotated[
        int | None,
        Field(description="The number of visible elements in the queue.", ge=0),
    ] = None


class IsEmptyParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class IsEmptyResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    empty: Annotated[
        bool | None,
        Field(description="True when no visible element is left in the queue."),
    ] = None


class DestroyQueueParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    force: Annotated[bool, Field(description="Delete the queue even if it still holds elements.")] = False


class DestroyQueueResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class GetUncheckNumParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    queue_name: Annotated[
        str,
        Field(
            description="Name of the queue; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class GetUncheckNumResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    ack_num: Annotated[int | None, Field(description="The number of elements in flight.", ge=0)] = None


class MapPutParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    key: Annotated[
        str,
        Field(
            description="The key to set. 1 to 1,024 characters.",
            max_length=1024,
            min_length=1,
        ),
    ]
    value: Annotated[
        str,
        Field(
            description="The value; any string of at most 65,536 characters.",
            max_length=65536,
        ),
    ]


class MapPutResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class MapRemoveParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    key: Annotated[
        str,
        Field(
            description="The key to remove. 1 to 1,024 characters.",
            max_length=1024,
            min_length=1,
        ),
    ]


class MapRemoveResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class MapGetParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    key: Annotated[
        str,
        Field(
            description="The key to read. 1 to 1,024 characters.",
            max_length=1024,
            min_length=1,
        ),
    ]


class MapGetResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    value: Annotated[
        str | None,
        Field(description="The key's value; absent when the key does not exist."),
    ] = None


class MapGetAllParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    offset: Annotated[
        int,
        Field(
            description="How many keys to skip, in key order (an addition to the document, for maps larger than one answer).",
            ge=0,
            le=9007199254740991,
        ),
    ] = 0


class MapGetAllResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    map: Annotated[
        dict[str, str] | None,
        Field(
            description="The keys of the map (at most one page of them) with their values; absent when the map does not exist or has no key at `offset`."
        ),
    ] = None
    next_offset: Annotated[
        int | None,
        Field(
            description="Present when the map holds more pairs than this answer: the `offset` to call again with (an addition to the document).",
            ge=1,
        ),
    ] = None


class MapDestroyParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]


class MapDestroyResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class MapGetListParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    offset: Annotated[
        int,
        Field(
            description="How many keys to skip, in key order.",
            ge=0,
            le=9007199254740991,
        ),
    ] = 0
    size: Annotated[
        int,
        Field(description="How many pairs to answer at most, 1 to 1,000.", ge=1, le=1000),
    ] = 100


class MapGetListResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None
    offset: Annotated[int | None, Field(description="The `offset` of the request.", ge=0)] = None
    size: Annotated[int | None, Field(description="How many pairs `list` holds.", ge=0)] = None
    list_: Annotated[
        list[MapEntry] | None,
        Field(alias="list", description="The pairs, in key order."),
    ] = None


ListAdditionalProperty = TypeAliasType(
    "ListAdditionalProperty",
    Annotated[str, Field(description="The value to set.", max_length=65536)],
)


List = TypeAliasType(
    "List",
    Annotated[
        list[dict[Annotated[str, StringConstraints(min_length=1, max_length=1024)], ListAdditionalProperty]],
        Field(description="One object per pair.", max_length=1000, min_length=1),
    ],
)


class MapBatchPutParams(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    token: Annotated[
        str | None,
        Field(
            description="The session token answered by `auth`. Filled in by the client, which adds the token of its session to every call; a call without a valid, unexpired token answers code 1111600006.",
            max_length=256,
            min_length=1,
        ),
    ] = None
    map: Annotated[
        str,
        Field(
            description="Name of the map; 1 to 128 characters, letters, digits, `_`, `.`, `:` and `-`, starting with a letter or digit. Names are case-sensitive.",
            max_length=128,
            min_length=1,
            pattern="^[A-Za-z0-9][A-Za-z0-9_.:-]*$",
        ),
    ]
    size: Annotated[
        int | None,
        Field(
            description="The number of pairs in `list`; optional, checked when given.",
            ge=1,
            le=1000,
        ),
    ] = None
    list: Annotated[
        dict[Annotated[str, StringConstraints(min_length=1, max_length=1024)], ListAdditionalProperty] | List,
        Field(
            description="The pairs to put, as one object or as an array of one-pair objects; 1 to 1,000 pairs, keys of 1 to 1,024 characters, values of at most 65,536."
        ),
    ]


class MapBatchPutResult(BaseModel):
    code: Annotated[
        int,
        Field(description="The result code; 0 on success. The other codes are listed in the `Result` schema."),
    ]
    message: Annotated[
        str | None,
        Field(description="Why the call failed, in English (present when `code` is not 0)."),
    ] = None


class AuthRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.auth"], Field(description="The method, `qm.auth`.")]
    params: AuthParams


class AuthResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: AuthResult | None = None
    error: RpcError | None = None


class HeartBeatRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.heart_beat"], Field(description="The method, `qm.heart_beat`.")]
    params: HeartBeatParams


class HeartBeatResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: HeartBeatResult | None = None
    error: RpcError | None = None


class LogoutRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.logout"], Field(description="The method, `qm.logout`.")]
    params: LogoutParams


class LogoutResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: LogoutResult | None = None
    error: RpcError | None = None


class NewQueueRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.new_queue"], Field(description="The method, `qm.new_queue`.")]
    params: NewQueueParams


class NewQueueResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: NewQueueResult | None = None
    error: RpcError | None = None


class AddRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.add"], Field(description="The method, `qm.add`.")]
    params: AddParams


class AddResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: AddResult | None = None
    error: RpcError | None = None


class AddAllRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.add_all"], Field(description="The method, `qm.add_all`.")]
    params: AddAllParams


class AddAllResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: AddAllResult | None = None
    error: RpcError | None = None


class PollRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.poll"], Field(description="The method, `qm.poll`.")]
    params: PollParams


class PollResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: PollResult | None = None
    error: RpcError | None = None


class PullElementsRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[
        Literal["qm.pull_elements"],
        Field(description="The method, `qm.pull_elements`."),
    ]
    params: PullElementsParams


class PullElementsResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: PullElementsResult | None = None
    error: RpcError | None = None


class AckRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.ack"], Field(description="The method, `qm.ack`.")]
    params: AckParams


class AckResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: AckResult | None = None
    error: RpcError | None = None


class SizeRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.size"], Field(description="The method, `qm.size`.")]
    params: SizeParams


class SizeResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: SizeResult | None = None
    error: RpcError | None = None


class IsEmptyRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.is_empty"], Field(description="The method, `qm.is_empty`.")]
    params: IsEmptyParams


class IsEmptyResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: IsEmptyResult | None = None
    error: RpcError | None = None


class DestroyQueueRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[
        Literal["qm.destroy_queue", "qm.destory_queue"],
        Field(
            description="The method, `qm.destroy_queue` (the server also accepts the document's spelling `qm.destory_queue`)."
        ),
    ]
    params: DestroyQueueParams


class DestroyQueueResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: DestroyQueueResult | None = None
    error: RpcError | None = None


class GetUncheckNumRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[
        Literal["qm.get_uncheck_num"],
        Field(description="The method, `qm.get_uncheck_num`."),
    ]
    params: GetUncheckNumParams


class GetUncheckNumResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: GetUncheckNumResult | None = None
    error: RpcError | None = None


class MapPutRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_put"], Field(description="The method, `qm.map_put`.")]
    params: MapPutParams


class MapPutResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapPutResult | None = None
    error: RpcError | None = None


class MapRemoveRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_remove"], Field(description="The method, `qm.map_remove`.")]
    params: MapRemoveParams


class MapRemoveResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapRemoveResult | None = None
    error: RpcError | None = None


class MapGetRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_get"], Field(description="The method, `qm.map_get`.")]
    params: MapGetParams


class MapGetResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapGetResult | None = None
    error: RpcError | None = None


class MapGetAllRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_get_all"], Field(description="The method, `qm.map_get_all`.")]
    params: MapGetAllParams


class MapGetAllResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapGetAllResult | None = None
    error: RpcError | None = None


class MapDestroyRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_destroy"], Field(description="The method, `qm.map_destroy`.")]
    params: MapDestroyParams


class MapDestroyResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapDestroyResult | None = None
    error: RpcError | None = None


class MapGetListRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[Literal["qm.map_get_list"], Field(description="The method, `qm.map_get_list`.")]
    params: MapGetListParams


class MapGetListResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapGetListResult | None = None
    error: RpcError | None = None


class MapBatchPutRequest(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str,
        Field(description="The request's id, answered in the response's `id`."),
    ]
    method: Annotated[
        Literal["qm.map_batch_put"],
        Field(description="The method, `qm.map_batch_put`."),
    ]
    params: MapBatchPutParams


class MapBatchPutResponse(BaseModel):
    jsonrpc: Annotated[Literal["2.0"], Field(description='The JSON-RPC version, always "2.0".')]
    id: Annotated[
        int | str | None,
        Field(description="The request's id (null when the request was too malformed to read it)."),
    ]
    result: MapBatchPutResult | None = None
    error: RpcError | None = None
