"""dhrparse.cli.options and .group: the record-type names users type, -q/-v, and the lazily
loaded commands."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from dhrparse.cli import main
from dhrparse.cli.options import ALL_RECORDS, Reporter, records_option

COMMANDS = [
    "batch",
    "extract",
    "inspect",
    "outstanding",
    "progress",
    "repeats",
    "schema",
    "themes",
    "timeline",
]


def test_records_option_takes_singular_plural_and_short_names_once_in_the_order_typed():
    assert records_option(None) == list(ALL_RECORDS)
    assert records_option(" Events, recs ,event,") == ["chronology", "recommendations"]
    assert records_option("reviews,warning") == ["review", "warnings"]


def test_records_option_names_the_unknown_type_and_the_choices():
    with pytest.raises(
        click.BadParameter, match="unknown record type bogus; choose from review, recommendations"
    ):
        records_option("actions,bogus")


def test_quiet_and_verbose_together_are_a_usage_error():
    with pytest.raises(click.UsageError, match="contradict"):
        Reporter(quiet=True, verbose=True)


def test_every_command_loads_from_its_module_with_its_own_help():
    runner = CliRunner()
    listed = runner.invoke(main, ["--help"])
    assert listed.exit_code == 0
    ctx = click.Context(main)
    assert main.list_commands(ctx) == COMMANDS
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None and command.name == name
        assert f"  {name} " in listed.output  # listed under Commands, with its short help
        assert runner.invoke(main, [name, "--help"]).exit_code == 0
