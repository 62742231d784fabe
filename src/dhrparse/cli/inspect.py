"""`dhrparse inspect FILE`: how one input was read, for when a record is missing or wrong."""

from __future__ import annotations

import sys

import click

from dhrparse.cli.inputs import analyse_one
from dhrparse.cli.options import Options, common_options


@click.command()
@click.argument("file")
@click.option(
    "--blocks", is_flag=True, help="List every block (paragraph, bullet, table row) under its section."
)
@click.option("--section", default=None, help="Show only sections whose heading contains this text.")
@common_options
def inspect(file, blocks, section, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, debug):
    """Show how FILE was read: the section tree with line ranges, tables, and which
    records came from where. Open this when a record is missing or wrong.

    \b
    Examples:
      dhrparse inspect report.txt
      dhrparse inspect report.pdf --section chronology --blocks
    """
    from dhrparse.inspection import show

    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
    analysis = analyse_one(file, opts)
    if analysis is None:
        sys.exit(1)
    show(analysis, blocks=blocks, section_filter=section)
