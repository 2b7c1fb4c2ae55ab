"""``mqc`` without a server: every generated command builds and matches its facade method, help and completion
work, usage errors exit 2 before anything is sent."""

from __future__ import annotations

import inspect

import pytest
from click.testing import CliRunner

from mqclients.cli.app import cli
from mqclients.cli.connect import APIS

API_NAMES = list(APIS)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="mqc")
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("api", API_NAMES)
def test_every_command_builds_and_takes_what_its_facade_method_takes(api: str) -> None:
    table = APIS[api].table()
    client_class = APIS[api].client_class()
    assert table.COMMANDS, api
    for name, spec in table.COMMANDS.items():
        code, out, err = _run(api, name, "--help")
        assert code == 0, (api, name, err)
        assert spec["summary"] in " ".join(out.split()), (api, name)
        signature = inspect.signature(getattr(client_class, spec["method"]))
        keywords = {p.name for p in signature.parameters.values() if p.kind is p.KEYWORD_ONLY}
        positional = [p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD][1:]
        paths = [o["name"] for o in spec["options"] if o["in"] == "path"]
        assert paths == positional[: len(paths)], (api, name)
        for option in spec["options"]:
            if option["in"] in ("query", "header"):
                assert option["name"] in keywords, (api, name, option["name"])
        if spec["body"] is not None:
            assert "body" in signature.parameters, (api, name)


def test_root_help_lists_the_apis_and_exit_codes() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    for api in API_NAMES:
        assert api in out
    assert "3 API error" in " ".join(out.split())


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_completion_scripts(shell: str) -> None:
    code, out, _ = _run("completion", shell)
    assert code == 0
    assert "_MQC_COMPLETE" in out
    assert ("complete -o" in out) if shell == "bash" else ("compdef" in out)


def test_completion_answers_api_and_command_names() -> None:
    env = {"_MQC_COMPLETE": "bash_complete", "COMP_WORDS": "mqc zaqar list-q", "COMP_CWORD": "2"}
    result = CliRunner().invoke(cli, [], env=env, prog_name="mqc")
    assert "list-queues" in result.stdout
    env = {"_MQC_COMPLETE": "bash_complete", "COMP_WORDS": "mqc c", "COMP_CWORD": "1"}
    result = CliRunner().invoke(cli, [], env=env, prog_name="mqc")
    assert "cmq" in result.stdout
    assert "completion" in result.stdout


def test_usage_errors_exit_2_before_any_connection() -> None:
    # No endpoint or credentials are set: a usage error must be found first.
    code, _, err = _run("cmq", "create-queue", "--queue-name", "q", "--visibility-timeout", "-1")
    assert code == 2
    assert "--visibility-timeout" in err
    code, _, err = _run("zaqar", "create-queue", "q", "--body", "{not json")
    assert code == 2
    assert "--body" in err
    assert "not JSON" in err
    code, _, err = _run("dms", "no-such-command")
    assert code == 2


def test_missing_configuration_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["zaqar", "get-queue", "q"], env={"MQC_ZAQAR_ENDPOINT": "", "OS_CLOUD": ""})
    assert result.exit_code == 2
    assert "configuration" in result.stderr


def test_table_columns_fit_the_terminal() -> None:
    from mqclients.cli.output import fit_widths

    assert fit_widths([5, 8, 3], 80) == [5, 8, 3]  # fits as it is
    shrunk = fit_widths([24, 46, 3, 3, 7], 80)
    assert sum(shrunk) + 3 * len(shrunk) + 1 <= 80
    assert shrunk[2:] == [3, 3, 7]  # the widest give way, the narrow keep their width
    dropped = fit_widths([30] * 10, 80)
    assert len(dropped) < 10
    assert all(width == 10 for width in dropped)
    assert sum(dropped) + 3 * len(dropped) + 1 <= 80


@pytest.mark.parametrize("args", [[], ["zaqar"], ["zaqar", "send"]], ids=["mqc", "zaqar", "zaqar-send"])
def test_docs_page_shows_the_help_mqc_prints(args: list[str]) -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parents[2] / "docs" / "pages" / "command-line.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, [*args, "--help"], prog_name="mqc", terminal_width=80)
    assert result.exit_code == 0
    assert result.stdout.rstrip() in page, "docs/pages/command-line.md: paste the new help text"


def test_zaqar_claim_id_comes_from_the_href() -> None:
    from mqclients.cli.consume import _claim_id
    from mqclients.errors import ResponseDecodeError

    assert _claim_id("/v2/queues/q/messages/m1?claim_id=c-42&x=1") == "c-42"
    with pytest.raises(ResponseDecodeError):
        _claim_id("/v2/queues/q/messages/m1")
