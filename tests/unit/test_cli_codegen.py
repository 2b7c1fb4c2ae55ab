"""codegen/cli_commands.py: how a spec's parameter or body field becomes an option entry of ``mqc``'s tables."""

from __future__ import annotations

from codegen import cli_commands, specs
from codegen.cli_commands import option_spec


def test_scalar_types_enums_ranges_and_defaults() -> None:
    entry = option_spec(
        "queue_mode", "body", "queue_mode", {"type": "string", "enum": ["A", "B"], "default": "A"}, True, "Kind."
    )
    assert entry == {
        "name": "queue_mode",
        "in": "body",
        "wire": "queue_mode",
        "required": True,
        "help": "Kind.",
        "type": "string",
        "enum": ["A", "B"],
        "default": "A",
    }
    ranged = option_spec(
        "n", "query", "n", {"type": ["integer", "null"], "minimum": 1, "exclusiveMaximum": 10}, False, ""
    )
    assert (ranged["type"], ranged["minimum"], ranged["exclusiveMaximum"]) == ("integer", 1, 10)
    assert "maximum" not in ranged


def test_arrays_of_scalars_repeat_and_everything_else_is_json() -> None:
    tags = option_spec("tag", "query", "tag", {"type": "array", "items": {"type": "string", "enum": ["x"]}}, False, "")
    assert (tags["type"], tags["items"], tags["enum"]) == ("array", "string", ["x"])
    for schema in ({"type": "object"}, {"x-any-json": True}, {"type": "array", "items": {"type": "object"}}, {}):
        assert option_spec("v", "body", "v", schema, False, "")["type"] == "json", schema


def test_secret_fields_are_marked_and_help_is_one_short_paragraph() -> None:
    assert option_spec("password", "body", "password", {"type": "string"}, True, "")["secret"] is True
    assert "secret" not in option_spec("name", "body", "name", {"type": "string"}, True, "")
    long = "First sentence. " * 40 + "\n\nSecond paragraph."
    text = option_spec("x", "body", "x", {"type": "string"}, False, long)["help"]
    assert len(text) <= 400
    assert text.endswith(".")
    assert "Second paragraph" not in text


def test_page_size_and_reserved_names_in_a_real_table() -> None:
    (zaqar,) = specs.discover(["zaqar"])
    from mqclients.zaqar_api import cli_commands as table

    listing = table.COMMANDS["list-queues"]
    flags = {o["flag"]: o for o in listing["options"]}
    assert flags["page-size"]["wire"] == "limit"  # x-pagination's limit_param
    assert listing["returns"] == "pager"
    claim = {o["flag"]: o for o in table.COMMANDS["create-claim"]["options"]}
    assert claim["limit-param"]["wire"] == "limit"  # not paged: --limit is mqc's own, so the spec's is renamed
    assert zaqar.package == "zaqar"
    assert {"body", "output", "limit", "page-size"} <= cli_commands.RESERVED_OPTIONS
