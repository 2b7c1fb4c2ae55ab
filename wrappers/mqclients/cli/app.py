"""The ``mqc`` command tree, built lazily: ``mqc --help`` reads no command table, ``mqc dms --help`` reads one."""

from __future__ import annotations

from typing import Any

import click

from .connect import APIS, Api, Connection

QUEUE_COMMANDS = ("send", "consume")


class ApiGroup(click.Group):
    """``mqc <api>``: one command per operation of the API's generated table, plus ``send`` and ``consume``."""

    def __init__(self, api: Api) -> None:
        self.api = api

        def connect(**settings: Any) -> None:
            click.get_current_context().obj = Connection(api, settings)

        super().__init__(
            api.name,
            callback=connect,
            params=list(api.options),
            help=f"{api.title}: one command per operation of the spec. Secrets come from the environment only.",
            short_help=api.title,
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = list(self.api.table().COMMANDS)
        return [*names, *QUEUE_COMMANDS] if self.api.queue_commands else names

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if self.api.queue_commands and cmd_name in QUEUE_COMMANDS:
            from . import messages

            return messages.command(self.api.name, cmd_name)
        spec = self.api.table().COMMANDS.get(cmd_name)
        if spec is None:
            return None
        from .build import command

        return command(cmd_name, spec)


class Root(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*APIS, "completion"]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name == "completion":
            return completion
        api = APIS.get(cmd_name)
        return ApiGroup(api) if api is not None else None


@click.command(cls=Root, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="mqclients", prog_name="mqc")
@click.option("--verbose", "-v", is_flag=True, help="Log every request and retry to stderr (secrets redacted).")
def cli(verbose: bool) -> None:
    """mqc: one command line for Huawei DMS, Huawei RocketMQ, Tencent CMQ, OpenStack Zaqar and queueManager.

    \b
    mqc <api> <operation> [options]      one command per operation of the API's spec
    mqc <api> send QUEUE --file F.jsonl  a file of messages, in batches, with progress
    mqc <api> consume QUEUE              stream messages, acknowledging each

    Output is a table on a terminal, JSON (JSON lines for lists) when piped; --output chooses.
    Exit codes: 0 done, 1 other client error, 2 usage or invalid input (nothing sent), 3 API error
    (vendor code and request id on stderr), 4 transport error, 5 some messages not sent, 130 interrupted.
    """
    if verbose:
        import logging

        # The clients' own logger: one line per attempt, with credentials redacted by the transport.
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("mqc: %(message)s"))
        logger = logging.getLogger("mqclients")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


@click.command(short_help="Print the bash or zsh completion script.")
@click.argument("shell", type=click.Choice(["bash", "zsh"]))
def completion(shell: str) -> None:
    """Print the completion script: eval "$(mqc completion bash)" in ~/.bashrc (zsh: ~/.zshrc)."""
    from click.shell_completion import get_completion_class

    completer = get_completion_class(shell)
    assert completer is not None
    click.echo(completer(cli, {}, "mqc", "_MQC_COMPLETE").source())
