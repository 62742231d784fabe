"""`dhrparse themes FILES`: recommendations counted by theme and scope across many reviews."""

from __future__ import annotations

import sys

import click

from dhrparse.cli.inputs import gather, recommendations_in
from dhrparse.cli.options import Options, common_options, format_option


@click.command()
@click.argument("files", nargs=-1, required=True)
@format_option(["table", "csv"], "table", "A table for reading, or CSV for a spreadsheet.")
@common_options
def themes(files, fmt, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, debug):
    """Count recommendations by theme and scope across FILES: reports (.pdf, .docx,
    .txt), the JSON / JSON Lines that `dhrparse extract` wrote, or a library database (.db).

    \b
    Examples:
      dhrparse themes reviews/*.pdf
      dhrparse extract *.pdf --format jsonl -o all.jsonl && dhrparse themes all.jsonl --format csv
    """
    from dhrparse.coding.themes import SCOPE_COLUMNS, theme_counts, theme_order

    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
    recs, failed = gather(files, lambda path: recommendations_in(path, opts))
    rows = theme_counts(recs, theme_order(opts.patterns))
    columns = ["theme", *SCOPE_COLUMNS, "total"]
    if fmt == "csv":
        _print_csv(rows, columns)
    else:
        _print_table(rows, columns, f"{len(recs)} recommendations, {len(files)} files")
    sys.exit(1 if failed else 0)


def _print_csv(rows: list[dict], columns: list[str]) -> None:
    import csv

    writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)


def _print_table(rows: list[dict], columns: list[str], counted: str) -> None:
    """A rich table; the last row is the total, set off by a rule."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Recommendations by theme and scope ({counted})")
    for col in columns:
        table.add_column(col, justify="left" if col == "theme" else "right")
    for i, row in enumerate(rows):
        table.add_row(*[str(row[c]) for c in columns], end_section=i == len(rows) - 2)
    Console().print(table)
