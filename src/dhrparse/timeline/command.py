"""`dhrparse timeline FILES -o PICTURE`: the chronology drawn on a time axis."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dhrparse.cli.inputs import documents_in, gather
from dhrparse.cli.options import Options, common_options, fail


@click.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    required=True,
    help="The picture to write: .svg (hover an event for its date and first words) or .png.",
)
@click.option(
    "--from", "date_from", default=None, metavar="DATE", help="Start of the period shown (YYYY[-MM[-DD]])."
)
@click.option(
    "--to", "date_to", default=None, metavar="DATE", help="End of the period shown (YYYY[-MM[-DD]])."
)
@common_options
def timeline(
    files, output, date_from, date_to, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, debug
):
    """Draw the chronology of FILE (a report, or extract's JSON) on a time axis, one lane
    per agency. Several FILES are drawn together. Needs matplotlib (pip install 'dhrparse[plot]').

    \b
    Examples:
      dhrparse timeline report.pdf -o timeline.svg
      dhrparse timeline report.pdf -o timeline.png --from 2016 --to 2018-08
    """
    from dhrparse.timeline import TimelineError, draw, parse_bound

    try:
        lo, hi = parse_bound(date_from), parse_bound(date_to, end=True)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
    docs, failed = gather(files, lambda path: documents_in(path, opts))
    if not docs:
        sys.exit(1)
    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        n = draw(docs, Path(output), date_from=lo, date_to=hi)
    except TimelineError as exc:
        fail(str(exc))
        sys.exit(2)
    except OSError as exc:
        fail(f"{output}: cannot write the picture: {exc}")
        sys.exit(1)
    click.echo(f"{output}: {n} events", err=True)
    sys.exit(1 if failed else 0)
