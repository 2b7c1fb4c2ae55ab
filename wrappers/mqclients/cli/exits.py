"""``mqc``'s exit codes, and the one place an error becomes a message on stderr and a code.

| code | meaning |
|---|---|
| 0 | done |
| 1 | the client failed otherwise (an answer it cannot read, pages that do not advance) |
| 2 | usage: a bad option or argument, input breaking a documented rule, missing credentials (nothing was sent) |
| 3 | the service answered with an error (its code and request id are on stderr) |
| 4 | transport: the server could not be reached, or did not answer in time |
| 5 | some messages of a ``send`` were not accepted (each one is listed) |
| 130 | interrupted (Ctrl-C) |
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

import click

from mqclients._core.errors import APIError, MQClientError, ValidationError
from mqclients._core.errors import ConnectionError as TransportConnectionError
from mqclients._core.errors import TimeoutError as TransportTimeoutError

OK = 0
FAILED = 1
USAGE = 2
API_ERROR = 3
TRANSPORT = 4
PARTIAL = 5
INTERRUPTED = 130


class Exit(click.exceptions.Exit):
    """Leave with ``code`` after the message (if any) went to stderr."""


def fail(message: str, code: int) -> Exit:
    click.echo(f"mqc: {message}", err=True)
    return Exit(code)


def _field_as_option(field: str, options: Mapping[str, str]) -> str:
    """A validation error's field in the user's words: ``messages[0].ttl`` -> ``--messages[0].ttl``."""
    head, sep, rest = field.partition(".")
    base, bracket, index = head.partition("[")
    if base in options:
        return f"{options[base]}{bracket}{index}{sep}{rest}"
    return field


@contextlib.contextmanager
def reported(options: Mapping[str, str] | None = None) -> Iterator[None]:
    """Turn every client error into its message on stderr and its exit code.

    ``options``: wire or Python name -> option flag, so a validation error names the option the user typed.
    """
    try:
        yield
    except ValidationError as error:
        where = _field_as_option(error.field, options or {})
        raise fail(f"invalid input: {where}: {error.rule}", USAGE) from error
    except APIError as error:
        lines = [f"API error: {error}"]
        if error.error_code:
            lines.append(f"  vendor code: {error.error_code}")
        if error.request_id:
            lines.append(f"  request id: {error.request_id}")
        raise fail("\n".join(lines), API_ERROR) from error
    except (TransportConnectionError, TransportTimeoutError) as error:
        raise fail(f"transport error: {error}", TRANSPORT) from error
    except MQClientError as error:
        raise fail(f"error: {error}", FAILED) from error
    except KeyboardInterrupt as error:
        raise fail("interrupted", INTERRUPTED) from error


def configuration_error(error: MQClientError) -> Exit:
    """A client that cannot be built (no credentials, a bad region): a usage error, nothing was sent."""
    return fail(f"configuration: {error}", USAGE)
