"""`dhrparse schema`: the JSON Schema of the output, or the fixed CSV/XLSX columns."""

from __future__ import annotations

import json

import click

from dhrparse.cli.options import ALL_RECORDS, RECORD_ALIASES
from dhrparse.models import RECORD_TYPES, json_schema


@click.command()
@click.option(
    "--record",
    default="document",
    show_default=True,
    help="Schema of the whole Document or of one record type: document, review, recommendations, "
    "actions, chronology, warnings (singular or plural).",
)
@click.option(
    "--columns",
    "as_columns",
    is_flag=True,
    help="Instead of the JSON Schema, list the CSV/XLSX columns (record type, column, type) "
    "of the record type (of every type with --record document).",
)
def schema(record, as_columns):
    """Print the JSON Schema of the output, generated from the record models, or the
    fixed columns of the CSV/XLSX tables.

    \b
    Examples:
      dhrparse schema > dhrparse.schema.json
      dhrparse schema --record actions
      dhrparse schema --columns
    """
    record = _record_type(record)
    if as_columns:
        _print_columns(ALL_RECORDS if record == "document" else (record,))
        return
    data = json_schema() if record == "document" else RECORD_TYPES[record].model_json_schema()
    click.echo(json.dumps(data, indent=2))


def _record_type(record: str) -> str:
    """The record type --record names (singular or plural), or "document"."""
    if record == "document":
        return record
    if record.lower() not in RECORD_ALIASES:
        raise click.BadParameter(
            f"unknown record type {record}; choose from document, {', '.join(ALL_RECORDS)}",
            param_hint="--record",
        )
    return RECORD_ALIASES[record.lower()]


def _print_columns(record_types) -> None:
    from dhrparse.output.columns import columns

    click.echo("record_type,column,type")
    for rt in record_types:
        for col in columns(rt):
            click.echo(f"{rt},{col.name},{col.kind}")
