"""Command line: `dhrparse extract`, `inspect`, `schema` (and `batch`).

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

from . import __version__
from .models import RECORD_TYPES, json_schema
from .patterns import PatternError, load_patterns
from .readers import MAX_OBJECTS, Limits, ReadError

ALL_RECORDS = ("review", "recommendations", "actions", "chronology")


def _records_option(value: str | None) -> list[str]:
    if not value:
        return list(ALL_RECORDS)
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in ALL_RECORDS]
    if bad:
        raise click.BadParameter(f"unknown record type {', '.join(bad)}; choose from {', '.join(ALL_RECORDS)}")
    return chosen


def _fail(message: str) -> None:
    from .terminal import printable     # names and messages may hold terminal escapes
    click.echo(f"dhrparse: error: {printable(message)}", err=True)


class Options:
    def __init__(self, patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb=128,
                 max_objects=MAX_OBJECTS):
        try:
            self.patterns = load_patterns(*patterns_dirs)
        except PatternError as exc:
            raise click.UsageError(str(exc)) from None
        self.password = password
        self.limits = Limits(max_bytes=max_bytes, max_pages=max_pages, max_inflate=max_inflate_mb * 1024 * 1024,
                             max_objects=max_objects)
        self.debug = debug


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
    fn = click.option("--max-objects", default=MAX_OBJECTS, show_default=True, type=click.IntRange(min=1),
                      help="Refuse PDFs holding more objects than this, or whose pages draw more in all.")(fn)
    fn = click.option("--debug", is_flag=True, help="Show tracebacks for errors.")(fn)
    return fn


def analyse_one(path: str, opts: Options):
    """Read and analyse one input ("-" is stdin). Returns an Analysis or None after
    printing one error line."""
    from .pipeline import analyse
    try:
        if path == "-":
            from .readers.intake import read_stdin
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

    lazy = {"batch": ("dhrparse.batch", "batch")}

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


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(["json", "jsonl", "csv", "xlsx"]), default="json",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(), default=None,
              help="Output file (json, jsonl, xlsx) or folder (csv: one file per record type). Default: stdout.")
@click.option("--records", default=None,
              help="Record types for CSV/XLSX, comma-separated: review,recommendations,actions,chronology. "
                   "CSV to stdout takes one (default: recommendations).")
@click.option("--no-bom", is_flag=True, help="Write CSV files without the UTF-8 byte-order mark Excel needs.")
@common_options
def extract(files, fmt, output, records, no_bom, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb,
            max_objects, debug):
    """Extract records from FILES (.pdf, .docx, .txt, .md; "-" reads stdin).

    \b
    Examples:
      dhrparse extract samples/000_executive_summary.txt
      dhrparse extract plan.pdf --format csv --records actions
      dhrparse extract a.pdf b.docx --format jsonl -o reviews.jsonl
      dhrparse extract report.pdf --format xlsx -o report.xlsx
    """
    chosen = _records_option(records)
    if fmt == "csv" and output is None:
        if records is None:
            chosen = ["recommendations"]
        elif len(chosen) != 1:
            raise click.UsageError("CSV to stdout holds one record type: pass one with --records, "
                                   "or write them all with -o DIR")
    if fmt == "xlsx" and output is None:
        raise click.UsageError("XLSX needs an output file: -o FILE.xlsx")
    _refuse_inputs(output, files)
    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb, max_objects)
    docs, failed = [], 0
    for path in files:
        analysis = analyse_one(path, opts)
        if analysis is None:
            failed += 1
        else:
            docs.append(analysis.document)
    if docs or fmt in ("json", "jsonl"):
        _deliver(docs, fmt, output, chosen, single=len(files) == 1, bom=not no_bom)
    sys.exit(1 if failed else 0)


# --- output safety (output_target): never overwrite an input, never lie about a write ---

def _refuse_inputs(output, files) -> None:
    from .output_target import OutputError, refuse_inputs
    from .writers import RECORD_FILES
    try:
        refuse_inputs(output, files, names=RECORD_FILES.values())
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(2)


def _deliver(docs, fmt, output, chosen, *, single, bom) -> None:
    """`_write` into a staged target: complete and on disk, or one error line and exit 1."""
    from .output_target import OutputError, delivered
    folder = fmt == "csv" and output is not None and not (Path(output).suffix.lower() == ".csv" and len(chosen) == 1)
    try:
        with delivered(output, folder=folder) as target:
            _write(docs, fmt, None if target is None else str(target), chosen, single=single, bom=bom)
            if target is None:
                sys.stdout.flush()      # a full disk shows here, not after the exit status is set
    except OutputError as exc:
        _fail(str(exc))
        sys.exit(1)


def _write(docs, fmt, output, chosen, *, single, bom):
    from . import writers
    if fmt == "json":
        text = writers.to_json(docs, single=single) if docs else ("" if single else "[]\n")
    elif fmt == "jsonl":
        text = writers.to_jsonl(docs)
    elif fmt == "csv":
        if output is None:
            writers.write_csv(sys.stdout, docs, chosen[0])
            return
        out = Path(output)
        if out.suffix.lower() == ".csv" and len(chosen) == 1:
            writers.atomic_write(out, ("\ufeff" if bom else "") + writers.csv_text(docs, chosen[0]))
        else:
            writers.write_csv_dir(out, docs, chosen, bom=bom)
        return
    else:  # xlsx
        from .xlsx import write_xlsx
        write_xlsx(Path(output), docs, chosen)
        return
    if output is None:
        sys.stdout.write(text)
    else:
        writers.atomic_write(Path(output), text)


@main.command()
@click.argument("file")
@click.option("--blocks", is_flag=True, help="List every block (paragraph, bullet, table row) under its section.")
@click.option("--section", default=None, help="Show only sections whose heading contains this text.")
@common_options
def inspect(file, blocks, section, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, max_objects,
            debug):
    """Show how FILE was read: the section tree with line ranges, tables, and which
    records came from where. Open this when a record is missing or wrong.

    \b
    Examples:
      dhrparse inspect report.txt
      dhrparse inspect report.pdf --section chronology --blocks
    """
    from .inspect import show
    opts = Options(patterns_dirs, password, max_bytes, max_pages, debug, max_inflate_mb, max_objects)
    analysis = analyse_one(file, opts)
    if analysis is None:
        sys.exit(1)
    show(analysis, blocks=blocks, section_filter=section)


@main.command()
@click.option("--record", type=click.Choice(["document"] + list(RECORD_TYPES)), default="document",
              show_default=True, help="Schema of the whole Document or of one record type.")
def schema(record):
    """Print the JSON Schema of the output, generated from the record models.

    \b
    Example:
      dhrparse schema > dhrparse.schema.json
    """
    data = json_schema() if record == "document" else RECORD_TYPES[record].model_json_schema()
    click.echo(json.dumps(data, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
