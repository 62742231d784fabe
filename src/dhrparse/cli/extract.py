"""`dhrparse extract FILES`: analyse each input and deliver the records in one format."""

from __future__ import annotations

import gc
import sys
from contextlib import contextmanager

import click

from dhrparse.cli.delivery import deliver_or_exit, refuse_inputs_or_exit
from dhrparse.cli.inputs import analyse_one
from dhrparse.cli.options import (
    Options,
    Reporter,
    common_options,
    format_option,
    no_bom_option,
    records_option,
    verbosity_options,
)

YOUNG = 10_000  # allocations between collections of the youngest generation, while reports are read


@click.command()
@click.argument("files", nargs=-1, required=True)
@format_option(
    ["json", "jsonl", "csv", "xlsx", "sqlite"], "json", "Output format (sqlite: add to a library database)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(allow_dash=True),
    default=None,
    help="Output file (json, jsonl, xlsx; csv with one record type) or folder (csv: one file per "
    "record type). Default, or '-': stdout.",
)
@click.option(
    "--records",
    default=None,
    help="Record types, comma-separated: review(s), recommendations, actions, chronology, warnings. "
    "For CSV/XLSX the tables written; CSV to stdout takes one (default: recommendations). "
    "With --format jsonl: one record per line instead of one Document per line.",
)
@no_bom_option
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False),
    help="Add the documents to this SQLite library (created if needed); implies --format sqlite.",
)
@verbosity_options
@common_options
def extract(
    files,
    fmt,
    output,
    records,
    no_bom,
    db,
    quiet,
    verbose,
    patterns_dirs,
    password,
    max_bytes,
    max_pages,
    max_inflate_mb,
    debug,
):
    """Extract records from FILES (.pdf, .docx, .doc, .txt, .md; "-" reads stdin).

    \b
    Examples:
      dhrparse extract samples/000_50e7dad5ba5f6ffb.txt
      dhrparse extract plan.pdf --format csv --records actions
      dhrparse extract *.txt --format jsonl --records actions | sqlite-utils insert db.sqlite actions - --nl
      dhrparse extract a.pdf b.docx --format jsonl -o reviews.jsonl
      dhrparse extract report.pdf --format xlsx -o report.xlsx
      dhrparse extract *.pdf --db reviews.db            # add to a SQLite library
    """
    report = Reporter(quiet, verbose)
    if fmt == "sqlite" or db:
        _into_library(
            files, db or output, Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
        )
    to_stdout = output is None or output == "-"
    chosen = _records_for(fmt, records, to_stdout)
    _check_xlsx_target(fmt, output)
    refuse_inputs_or_exit(None if to_stdout else output, files)
    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
    with _program_set_apart():
        docs, failed = _analyse_all(files, opts, report)
        if docs or fmt in ("json", "jsonl"):
            shape = {
                "flat": records is not None,
                "single": len(files) == 1,
                "bom": not no_bom,
                "report": report,
            }
            deliver_or_exit(
                docs, fmt, None if to_stdout else output, chosen, named=output, debug=debug, **shape
            )
    sys.exit(1 if failed else 0)


@contextmanager
def _program_set_apart():
    """The objects alive before the reports are read (the program's modules, classes and
    functions, tens of thousands of them) live as long as the run: set apart from the cycle
    collector while the reports are read and written, its passes over their records need not
    walk the program again each time (returned to it after, for a caller that carries on)."""
    threshold = gc.get_threshold()
    gc.freeze()
    # and the young generation is collected every YOUNG allocations rather than 700: a report's
    # records are made by the hundred thousand and nearly all of them last the run
    gc.set_threshold(YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _into_library(files, db: str | None, opts: Options) -> None:
    """--format sqlite / --db: the library's own ingest, which reports and exits by itself."""
    from dhrparse.library.ingest import extract_into

    sys.exit(extract_into(list(files), opts, db))


def _records_for(fmt: str, records: str | None, to_stdout: bool) -> list[str]:
    """The record types written; a CSV on stdout is one table (recommendations unless named)."""
    chosen = records_option(records)
    if fmt == "csv" and to_stdout:
        if records is None:
            chosen = ["recommendations"]
        elif len(chosen) != 1:
            raise click.UsageError(
                "CSV to stdout holds one record type: pass one with --records, or write them all with -o DIR"
            )
    return chosen


def _check_xlsx_target(fmt: str, output: str | None) -> None:
    if fmt == "xlsx" and output is None:
        raise click.UsageError("XLSX needs an output file: -o FILE.xlsx (or -o - to write it to stdout)")
    if fmt == "xlsx" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("XLSX is binary: redirect stdout to a file, or use -o FILE.xlsx")


def _analyse_all(files, opts: Options, report: Reporter) -> tuple[list, int]:
    """The documents read from `files` (each reported as it comes), and how many inputs failed."""
    docs, failed = [], 0
    for path in files:
        analysis = analyse_one(path, opts)
        if analysis is None:
            failed += 1
        else:
            docs.append(analysis.document)
            report.document(analysis.document)
    return docs, failed
