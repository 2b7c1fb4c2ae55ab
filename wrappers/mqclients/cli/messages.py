"""The ``send`` and ``consume`` commands of the four queue APIs (``dms``, ``cmq``, ``zaqar``, ``queuemanager``).

Their work is in ``mqclients.cli.send`` and ``mqclients.cli.consume``; this module only declares their options.
"""

from __future__ import annotations

from typing import Any

import click

from .connect import Connection
from .consume import DEFAULT_WAIT
from .output import OUTPUT_OPTION


def command(api: str, name: str) -> click.Command:
    queue_param = click.Argument(["queue"], required=True)
    if name == "send":

        def run_send(queue: str, file: str, output: str) -> None:
            ctx = click.get_current_context()
            from .send import send

            send(api, ctx.find_object(Connection) or _no_connection(), ctx, queue, file, output)

        return click.Command(
            "send",
            callback=run_send,
            params=[
                queue_param,
                click.Option(
                    ["--file", "-f", "file"],
                    required=True,
                    type=click.Path(exists=False, dir_okay=False, allow_dash=True),
                    help="JSON lines, one message each; - for standard input.",
                ),
                OUTPUT_OPTION,
            ],
            help=(
                "Send every message of a JSON-lines file through the batch helpers, with a progress bar on a "
                "terminal; failed lines are listed at the end (exit 5).\n\n" + _SEND_FORMS[api]
            ),
            short_help="Send a JSON-lines file of messages, in batches.",
        )

    def run_consume(queue: str, **options: Any) -> None:
        ctx = click.get_current_context()
        from .consume import consume

        consume(api, ctx.find_object(Connection) or _no_connection(), ctx, queue, options)

    params: list[click.Parameter] = [queue_param]
    if api == "dms":
        params.append(click.Option(["--group"], help="The consumer group's id.", required=True))
    params += [
        click.Option(["--max-messages"], type=click.IntRange(min=1), help="Stop after this many messages."),
        click.Option(["--ack/--no-ack"], default=True, help="Acknowledge each message (default) or release it."),
        click.Option(
            ["--wait"],
            type=click.FloatRange(min=0),
            help=f"Seconds a poll waits for messages (default {DEFAULT_WAIT[api]}).",
        ),
        click.Option(["--stop-when-empty"], is_flag=True, help="Stop at the first poll that finds nothing."),
    ]
    if api == "zaqar":
        params.append(
            click.Option(
                ["--claim-ttl"],
                type=click.IntRange(60, 43200),
                default=60,
                show_default=True,
                help="Seconds the claimed messages stay invisible to other consumers (and the claim's grace).",
            )
        )
    return click.Command(
        "consume",
        callback=run_consume,
        params=params,
        help="Print messages as they come (one JSON line each), acknowledging each after printing or, with "
        "--no-ack, releasing it; until --max-messages, --stop-when-empty or Ctrl-C.",
        short_help="Stream messages, acknowledging each.",
    )


_SEND_FORMS = {
    "dms": 'Each line: a DMS message, {"body": {...}, "attributes": {...}}.',
    "cmq": 'Each line: a JSON string ("hello") sent as is, or any JSON value sent as its JSON text.',
    "zaqar": 'Each line: a Zaqar message, {"body": ..., "ttl": 300}.',
    "queuemanager": 'Each line: a JSON string ("hello") sent as is, or any JSON value sent as its JSON text.',
}


def _no_connection() -> Connection:
    raise click.UsageError("run as mqc <api> send|consume")
