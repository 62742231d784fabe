"""Command line: `dhrparse extract`, `inspect`, `themes`, `timeline`, `schema` (and `batch`).

Conventions follow csvkit/sqlite-utils: `-` reads standard input, JSON goes to
standard output unless `-o` says otherwise, errors are one line on stderr.
Exit codes: 0 success, 1 some input could not be read, 2 usage error.
"""
from __future__ import annotations

import importlib
import json
import sys
import traceback
from pathlib import Path

import click

from dhrparse import __version__
from dhrparse.models import RECORD_TYPES, json_schema
from dhrparse.patterns import PatternError, load_patterns
from dhrparse.readers import MAX_OBJECTS, Limits, ReadError

ALL_RECORDS = ("review", "recommendations", "actions", "chronology", "warnings")
# what users type for each record type: the table's file/sheet name, singular or plural
RECORD_ALIASES = {
    "review": "review", "reviews": "review",
    "recommendation": "recommendations", "recommendations": "recommendations", "recs": "recommendations",
    "action": "actions", "actions": "actions",
    "chronology": "chronology", "event": "chronology", "events": "chronology",
    "warning": "warnings", "warnings": "warnings",
}


def _records_option(value: str | None) -> list[str]:
    if not value:
        return list(ALL_RECORDS)
    chosen = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in RECORD_ALIASES]
    if bad:
        raise click.BadParameter(f"unknown record type {', '.join(bad)}; choose from {', '.join(ALL_RECORDS)}",
                                 param_hint="--records")
    return list(dict.fromkeys(RECORD_ALIASES[v] for v in chosen))


def _fail(message: str) -> None:
    from dhrparse.output.terminal import printable     # names and messages may hold terminal escapes
    click.echo(f"dhrparse: error: {printable(message)}", err=True)


class Options:
    def __init__(self, patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb=128,
                 max_objects=None):
        max_objects = max_objects or chosen_max_objects()
        try:
            self.patterns = load_patterns(*patterns_dirs)
        except PatternError as exc:
            raise click.UsageError(str(exc)) from None
        self.password = password
        self.limits = Limits(max_bytes=max_bytes, max_pages=max_pages, max_inflate=max_inflate_mb * 1024 * 1024,
                             max_objects=max_objects)
        self.debug = debug


def _remember_max_objects(ctx, param, value):
    ctx.meta["dhrparse.max_objects"] = value
    return value


def chosen_max_objects() -> int:
    """--max-objects of the running command (the default outside one)."""
    ctx = click.get_current_context(silent=True)
    return (ctx.meta.get("dhrparse.max_objects") if ctx is not None else None) or MAX_OBJECTS


def common_options(fn):
    fn = click.option("--patterns", "patterns_dirs", multiple=True, type=click.Path(file_okay=False),
                      help="Extra pattern directory (TOML files) merged over the shipped patterns/.")(fn)
    fn = click.option("--password", default=None, help="Password for an encrypted PDF.")(fn)
    fn = click.option("--max-bytes", default=200 * 1024 * 1024, show_default=True, type=int,
                      help="Refuse input files larger than this.")(fn)
    fn = click.option("--max-pages", default=5000, show_default=True, type=int,
                      help="Refuse documents with more pages than this.")(fn)
    fn = click.option("--max-inflate-mb", default=128, show_default=True, type=int,
                      help="Refuse PDFs whose compressed streams expand to more than this (decompression bombs).")(fn)
    # kept in the context, not passed to each command: every command taking the common options has it
    fn = click.option("--max-objects", default=MAX_OBJECTS, show_default=True, type=click.IntRange(min=1),
                      expose_value=False, callback=_remember_max_objects,
                      help="Refuse PDFs holding more objects than this, or whose pages draw more in all.")(fn)
    fn = click.option("--debug", is_flag=True, help="Show tracebacks for errors.")(fn)
    return fn


def analyse_one(path: str, opts: Options):
    """Read and analyse one input ("-" is stdin). Returns an Analysis or None after
    printing one error line."""
    from dhrparse.pipeline import analyse
    try:
        if path == "-":
            from dhrparse.readers.intake import read_stdin
            data = read_stdin(opts.limits.max_bytes)        # bounded; a closed stdin is one line
            return analyse(data, name="<stdin>", patterns=opts.patterns, password=opts.password,
                           limits=opts.limits, debug=opts.debug)
        return analyse(path, patterns=opts.patterns, password=opts.password, limits=opts.limits,
                       debug=opts.debug)
    except ReadError as exc:
        if opts.debug:
            traceback.print_exc()
        _fail(f"{path}: {exc}")
    except Exception as exc:  # never a traceback for the user unless asked
        if opts.debug:
            traceback.print_exc()
        _fail(f"{path}: internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
    return None


class _Commands(click.Group):
    """`batch` pulls in the process pool and rich's progress display; it is imported
    only when asked for (or listed by --help), so a single `extract` starts faster."""

    lazy = {"batch": ("dhrparse.batch", "batch"),
            # reading a library of reviews (dhrparse.library.commands)
            "repeats": ("dhrparse.library.commands", "repeats"),
            "outstanding": ("dhrparse.library.commands", "outstanding"),
            "progress": ("dhrparse.library.commands", "progress")}

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx, name):
        if name in self.lazy and name not in self.commands:
            module, attr = self.lazy[name]
            self.add_command(getattr(importlib.import_module(module), attr), name)
        return super().get_command(ctx, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dhrparse")
def main() -> None:
    """Turn Domestic Homicide Reviews, Serious Case Reviews and their action plans
    into structured data: recommendations, action-plan rows, chronology events and
    review metadata.

    \b
    Examples:
      dhrparse extract report.pdf                       # JSON to stdout
      dhrparse extract report.txt --format csv --records actions > actions.csv
      dhrparse extract *.pdf --format csv -o out/       # one CSV per record type
      cat report.txt | dhrparse extract - --format jsonl
      dhrparse inspect report.pdf                       # where did each record come from?
      dhrparse batch reviews/ -o out/ --format xlsx
    """


def verbosity_options(fn):
    fn = click.option("-v", "--verbose", is_flag=True,
                      help="Also report each file's record counts and every warning on stderr.")(fn)
    fn = click.option("-q", "--quiet", is_flag=True, help="Report errors only (no warnings or notes) on stderr.")(fn)
    return fn


class Reporter:
    """What extract says on stderr besides errors: by default only what a user must know
    (an input with no review content, a sheet split at Excel's limit); -v adds counts and
    every warning; -q keeps errors only."""

    LOUD = {"no_review_content"}

    def __init__(self, quiet: bool, verbose: bool):
        if quiet and verbose:
            raise click.UsageError("-q/--quiet and -v/--verbose contradict each other")
        self.quiet, self.verbose = quiet, verbose

    def note(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"dhrparse: warning: {message}", err=True)

    def document(self, doc) -> None:
        name = doc.source.name
        if self.verbose:
            click.echo(f"dhrparse: {name}: {len(doc.recommendations)} recommendations, {len(doc.actions)} actions, "
                       f"{len(doc.chronology)} chronology events, {len(doc.warnings)} warnings", err=True)
        for w in doc.warnings:
            if self.verbose or (w.code in self.LOUD and not self.quiet):
                where = f":{w.location.line_start}" if w.location else ""
                click.echo(f"dhrparse: warning: {name}{where}: {w.code}: {w.message}", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "xlsx", "sqlite"]),
              default="json", show_default=True, help="Output format (sqlite: add to a library database).")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None,
              help="Output file (json, jsonl, xlsx; csv with one record type) or folder (csv: one file per "
                   "record type). Default, or '-': stdout.")
@click.option("--records", default=None,
              help="Record types, comma-separated: review(s), recommendations, actions, chronology, warnings. "
                   "For CSV/XLSX the tables written; CSV to stdout takes one (default: recommendations). "
                   "With --format jsonl: one record per line instead of one Document per line.")
@click.option("--no-bom", is_flag=True, help="Write CSV files without the UTF-8 byte-order mark Excel needs.")
@click.option("--db", default=None, type=click.Path(dir_okay=False),
              help="Add the documents to this SQLite library (created if needed); implies --format sqlite.")
@verbosity_options
@common_options
def extract(files, fmt, output, records, no_bom, db, quiet, verbose, patterns_dirs, password, max_bytes, max_pages,
            max_inflate_mb, debug):
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
        from dhrparse.library.ingest import extract_into
        opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
        sys.exit(extract_into(list(files), opts, db or output))
    chosen = _records_option(records)
    to_stdout = output is None or output == "-"
    if fmt == "csv" and to_stdout:
        if records is None:
            chosen = ["recommendations"]
        elif len(chosen) != 1:
            raise click.UsageError("CSV to stdout holds one record type: pass one with --records, "
                                   "or write them all with -o DIR")
    if fmt == "xlsx" and output is None:
        raise click.UsageError("XLSX needs an output file: -o FILE.xlsx (or -o - to write it to stdout)")
    if fmt == "xlsx" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("XLSX is binary: redirect stdout to a file, or use -o FILE.xlsx")
    _refuse_inputs(None if to_stdout else output, files)
    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb)
    docs, failed = [], 0
    for path in files:
        analysis = analyse_one(path, opts)
        if analysis is None:
            failed += 1
        else:
            docs.append(analysis.document)
            report.document(analysis.document)
    if docs or fmt in ("json", "jsonl"):
        try:
            _deliver(docs, fmt, None if to_stdout else output, chosen, flat=records is not None,
                     single=len(files) == 1, bom=not no_bom, report=report)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as exc:
            if opts.debug:
                traceback.print_exc()
            _fail(f"{getattr(exc, 'filename', None) or output or 'stdout'}: could not write: {exc.strerror or exc}")
            sys.exit(1)
    sys.exit(1 if failed else 0)


# --- output safety (output_target): never overwrite an input, never lie about a write ---

def _refuse_inputs(output, files) -> None:
    from dhrparse.output.target import OutputError, refuse_inputs
    from dhrparse.output.writers import RECORD_FILES
    try:
        refuse_inputs(output, files, names=RECORD_FILES.values())
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(2)


def _deliver(docs, fmt, output, chosen, **options) -> None:
    """`_write` into a staged target: complete and on disk, or one error line and exit 1."""
    from dhrparse.output.target import OutputError, delivered
    folder = fmt == "csv" and output is not None and not (Path(output).suffix.lower() == ".csv" and len(chosen) == 1)
    try:
        with delivered(output, folder=folder) as target:
            _write(docs, fmt, "-" if target is None else str(target), chosen, **options)
            if target is None:
                sys.stdout.flush()      # a full disk shows here, not after the exit status is set
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(1)


def _quiet_broken_pipe() -> None:
    """The reader of stdout went away (`| head`): nothing more to say, and nothing to flush at exit."""
    import os
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _write(docs, fmt, output: str, chosen, *, flat: bool, single: bool, bom: bool, report: Reporter) -> None:
    """Write `docs` to `output` ("-" is stdout) in `fmt`, streaming record by record."""
    from dhrparse.output import writers
    if fmt == "json":
        with writers.atomic_open(output) as fh:
            if docs or not single:
                writers.write_json(fh, docs, single=single)
    elif fmt == "jsonl":
        with writers.atomic_open(output) as fh:
            if flat:
                writers.write_records_jsonl(fh, docs, chosen)
            else:
                writers.write_jsonl(fh, docs)
    elif fmt == "csv":
        out = Path(output)
        if output == "-" or (out.suffix.lower() == ".csv" and len(chosen) == 1):
            writers.write_csv_file(output, docs, chosen[0], bom=bom)
        else:
            writers.write_csv_dir(out, docs, chosen, bom=bom)
    else:  # xlsx
        from dhrparse.output.xlsx import write_xlsx
        for note in write_xlsx(output, docs, chosen):
            report.note(note)


@main.command()
@click.argument("file")
@click.option("--blocks", is_flag=True, help="List every block (paragraph, bullet, table row) under its section.")
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


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv"]), default="table", show_default=True,
              help="A table for reading, or CSV for a spreadsheet.")
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
    recs, failed = _gather(files, lambda path: _recommendations_in(path, opts))
    rows = theme_counts(recs, theme_order(opts.patterns))
    columns = ["theme", *SCOPE_COLUMNS, "total"]
    if fmt == "csv":
        import csv
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        from rich.console import Console
        from rich.table import Table
        table = Table(title=f"Recommendations by theme and scope ({len(recs)} recommendations, {len(files)} files)")
        for col in columns:
            table.add_column(col, justify="left" if col == "theme" else "right")
        for i, row in enumerate(rows):
            table.add_row(*[str(row[c]) for c in columns], end_section=i == len(rows) - 2)
        Console().print(table)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="The picture to write: .svg (hover an event for its date and first words) or .png.")
@click.option("--from", "date_from", default=None, metavar="DATE", help="Start of the period shown (YYYY[-MM[-DD]]).")
@click.option("--to", "date_to", default=None, metavar="DATE", help="End of the period shown (YYYY[-MM[-DD]]).")
@common_options
def timeline(files, output, date_from, date_to, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, debug):
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
    docs, failed = _gather(files, lambda path: _documents_in(path, opts))
    if not docs:
        sys.exit(1)
    try:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        n = draw(docs, Path(output), date_from=lo, date_to=hi)
    except TimelineError as exc:
        _fail(str(exc))
        sys.exit(2)
    except OSError as exc:
        _fail(f"{output}: cannot write the picture: {exc}")
        sys.exit(1)
    click.echo(f"{output}: {n} events", err=True)
    sys.exit(1 if failed else 0)


def _recommendations_in(path: str, opts: Options):
    """Recommendations (with themes and scope) from a report, extract's JSON, or a library
    database built by `dhrparse library`; None after an error line."""
    if path.lower().endswith((".db", ".sqlite", ".sqlite3")) and Path(path).is_file():
        import sqlite3
        from types import SimpleNamespace
        try:
            with sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True) as con:
                rows = con.execute("SELECT themes, scope FROM recommendations").fetchall()
        except sqlite3.Error as exc:
            _fail(f"{path}: not a dhrparse library database: {exc}")
            return None
        return [SimpleNamespace(themes=json.loads(t) if t else [], scope=scope) for t, scope in rows]
    docs = _documents_in(path, opts)
    return None if docs is None else [r for d in docs for r in d.recommendations]


def _gather(files, read_one) -> tuple[list, int]:
    """Everything `read_one` finds in each input, and how many inputs failed (each failure has
    already said its one line)."""
    found_all, failed = [], 0
    for path in files:
        found = read_one(path)
        if found is None:
            failed += 1
        else:
            found_all += found
    return found_all, failed


def _documents_in(path: str, opts: Options):
    """Documents from a report, or from JSON / JSON Lines output of `extract`; None after an error line."""
    from dhrparse.models import Document
    if path.lower().endswith((".json", ".jsonl")) and Path(path).is_file():
        try:
            text = Path(path).read_text(encoding="utf-8")
            try:
                data = json.loads(text)
                items = data if isinstance(data, list) else [data]
            except json.JSONDecodeError:
                items = [json.loads(line) for line in text.splitlines() if line.strip()]
            return [Document.model_validate(item) for item in items]
        except (OSError, ValueError) as exc:
            _fail(f"{path}: not dhrparse JSON output: {exc}")
            return None
    analysis = analyse_one(path, opts)
    return None if analysis is None else [analysis.document]


@main.command()
@click.option("--record", default="document", show_default=True,
              help="Schema of the whole Document or of one record type: document, review, recommendations, "
                   "actions, chronology, warnings (singular or plural).")
@click.option("--columns", "as_columns", is_flag=True,
              help="Instead of the JSON Schema, list the CSV/XLSX columns (record type, column, type) "
                   "of the record type (of every type with --record document).")
def schema(record, as_columns):
    """Print the JSON Schema of the output, generated from the record models, or the
    fixed columns of the CSV/XLSX tables.

    \b
    Examples:
      dhrparse schema > dhrparse.schema.json
      dhrparse schema --record actions
      dhrparse schema --columns
    """
    from dhrparse.output.columns import columns
    if record != "document":
        if record.lower() not in RECORD_ALIASES:
            raise click.BadParameter(f"unknown record type {record}; choose from document, {', '.join(ALL_RECORDS)}",
                                     param_hint="--record")
        record = RECORD_ALIASES[record.lower()]
    if as_columns:
        types = ALL_RECORDS if record == "document" else (record,)
        click.echo("record_type,column,type")
        for rt in types:
            for col in columns(rt):
                click.echo(f"{rt},{col.name},{col.kind}")
        return
    data = json_schema() if record == "document" else RECORD_TYPES[record].model_json_schema()
    click.echo(json.dumps(data, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
