"""`dhrparse batch INPUT... -o OUTDIR`: the command, and `run_batch`, the same
run as a function (tests, benchmark)."""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.console import Console

from dhrparse.batch.conversion import Conversion
from dhrparse.batch.discover import discover
from dhrparse.batch.link import link_across
from dhrparse.batch.outputs import OUTPUT_FILES, warn, write_outputs
from dhrparse.batch.owned import OwnedOutputs
from dhrparse.batch.report import ProgressView, Row, print_summary
from dhrparse.batch.store import Store, fingerprint
from dhrparse.batch.worker import Settings, run_all
from dhrparse.cli.options import (
    ALL_RECORDS,
    Options,
    chosen_max_objects,
    common_options,
    fail,
    no_bom_option,
    records_option,
    verbosity_options,
)
from dhrparse.models import Document
from dhrparse.patterns import load_patterns

FORMATS = ("csv", "jsonl", "json", "xlsx", "sqlite")
RUN_OPTIONS = ("jobs", "recursive", "resume", "globs", "db", "verbose")  # run_batch takes these as they are


@dataclass
class BatchResult:
    rows: list[Row]
    docs: list[Document]
    linked: int
    seconds: float
    written: list[Path]
    removed: list[Path] = field(default_factory=list)  # stale outputs of an earlier run

    @property
    def failed(self) -> int:
        return sum(r.status != "ok" for r in self.rows)


def _formats(values: Iterable[str]) -> list[str]:
    chosen = [v.strip().lower() for value in values for v in value.split(",") if v.strip()]
    bad = [v for v in chosen if v not in FORMATS]
    if bad:
        raise click.BadParameter(
            f"unknown format {', '.join(bad)}; choose from {', '.join(FORMATS)}", param_hint="--format"
        )
    return list(dict.fromkeys(chosen)) or ["csv"]


def run_batch(
    inputs: Iterable[str],
    outdir: str | Path,
    *,
    formats: Iterable[str] = ("csv",),
    record_types: Iterable[str] = ALL_RECORDS,
    jobs: int | None = None,
    recursive: bool = False,
    resume: bool = False,
    globs: Iterable[str] = (),
    bom: bool = True,
    settings: Settings = Settings(),
    progress_stream=None,
    db: str | Path | None = None,
    verbose: bool = False,
) -> BatchResult:
    """Discover the inputs, convert what is new with worker processes, link plans to reports
    across files, then write the combined outputs and the manifest."""
    started = time.perf_counter()
    outdir = Path(outdir)
    formats = _formats(formats) if not db else list(dict.fromkeys([*_formats(formats), "sqlite"]))
    # the library takes each document as it arrives; other formats need them all in memory
    keep = any(f != "sqlite" for f in formats)
    store = Store(outdir, fingerprint(load_patterns(*settings.patterns_dirs)))
    sink = _library_sink(db or outdir / OUTPUT_FILES["sqlite"], store, keep) if "sqlite" in formats else None
    jobs = max(1, jobs or os.cpu_count() or 1)
    found = discover(inputs, recursive=recursive, globs=globs, exclude=[outdir])
    with ProgressView(len(found), progress_stream, verbose=verbose) as view:
        run = Conversion(found, store, sink, keep=keep, view=view, debug=settings.debug)
        run.scan(max_bytes=settings.max_bytes, resume=resume)
        run_all(run.paths(), settings, jobs, run.done, on_start=run.started)
    docs = run.ordered()
    linked = _link(docs, run.rows, sink, keep)
    written = write_outputs(
        outdir, docs, run.rows, [f for f in formats if f != "sqlite"], list(record_types), bom=bom
    )
    if sink is not None:
        written.insert(len(written) - 1, sink.path)
    removed, kept = OwnedOutputs(outdir).replace(written)
    for path in kept:
        warn(f"{path} was written by an earlier run but has changed since: left as it is")
    return BatchResult(run.rows, docs, linked, time.perf_counter() - started, written, removed)


def _library_sink(db: str | Path, store: Store, keep: bool):
    from dhrparse.library.ingest import BatchSink

    return BatchSink(db, skip_known=not keep, fingerprint=store.fingerprint)


def _link(docs: list[Document], rows: list[Row], sink, keep: bool) -> int:
    """Plans linked to reports across files; the library, closed here, links what it holds."""
    linked = link_across(docs)
    if sink is not None:
        for row in rows:
            if row.status != "ok":
                sink.failed(row)
        sink.close()
        if not keep:  # the documents were never all in memory: the library linked them
            linked = sink.linked
    return linked


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(file_okay=False),
    help="Output folder (created if needed).",
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    default=("csv",),
    show_default=True,
    help="csv (one file per record type), jsonl, json or xlsx; repeat or comma-separate for several.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes. Default: the number of CPUs.",
)
@click.option("-r", "--recursive", is_flag=True, help="Look inside sub-folders too.")
@click.option(
    "--resume",
    is_flag=True,
    help="Reuse results of files already converted into OUTDIR (same content, same dhrparse).",
)
@click.option(
    "--pattern",
    "globs",
    multiple=True,
    help="Only files in folders whose name (or relative path) matches this glob, e.g. '*plan*.pdf'. Repeatable.",
)
@click.option(
    "--records",
    default=None,
    help="Record types for CSV/XLSX, comma-separated: review(s), recommendations, actions, chronology, "
    "warnings (default: all).",
)
@no_bom_option
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False),
    help="Add to this SQLite library instead of OUTDIR/reviews.db; implies --format sqlite.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=600,
    show_default=True,
    help="Seconds one file may take before it is stopped and reported 'timed out' (0: no limit).",
)
@verbosity_options
@common_options
def batch(inputs, outdir, formats, records, no_bom, timeout, quiet, **options):
    """Convert every supported file (.pdf, .docx, .doc, .txt, .md) in INPUTS (folders or
    files) into OUTDIR, with several worker processes.

    \b
    OUTDIR receives:
      recommendations.csv actions.csv chronology.csv reviews.csv warnings.csv   (--format csv)
      documents.jsonl / documents.json / records.xlsx                            (other formats)
      reviews.db     a SQLite library of reviews (--format sqlite; --db adds to another)
      manifest.csv   every input: sha256, ok/failed, error, record counts, seconds
      .dhrparse/     one result per file, reused by --resume
    Outputs an earlier run wrote and this one does not are removed (unless changed since).
    Exit status 1 when any file failed (the others are still converted), else 0.

    \b
    Examples:
      dhrparse batch reviews/ -o out/
      dhrparse batch reviews/ -o out/ --recursive --format csv,xlsx --jobs 4
      dhrparse batch reviews/ -o out/ --resume          # after an interruption
      dhrparse batch reviews/ -o out/ --pattern '*action*plan*'
      dhrparse batch reviews/ -o out/ --format sqlite   # out/reviews.db, a library of reviews
    """
    if quiet and options["verbose"]:
        raise click.UsageError("-q/--quiet and -v/--verbose contradict each other")
    chosen = records_option(records)
    run = {name: options.pop(name) for name in RUN_OPTIONS}
    fmts = _formats_asked(formats, run["db"])
    settings = _settings(timeout, **options)
    result = _run_or_exit(
        inputs,
        outdir,
        formats=fmts,
        record_types=chosen,
        bom=not no_bom,
        settings=settings,
        progress_stream=io.StringIO() if quiet else None,
        **run,
    )
    if not quiet:
        print_summary(
            Console(file=sys.stdout),
            result.rows,
            result.linked,
            result.seconds,
            result.written,
            result.removed,
        )
    sys.exit(1 if result.failed else 0)


def _formats_asked(formats, db) -> list[str]:
    fmts = _formats(formats)
    if (
        db
        and click.get_current_context().get_parameter_source("formats") is click.core.ParameterSource.DEFAULT
    ):
        fmts = ["sqlite"]  # --db alone adds to the library and writes no other output
    return fmts


def _settings(timeout, *, patterns_dirs, password, max_bytes, max_pages, max_inflate_mb, debug) -> Settings:
    """What each worker needs to read a file; the patterns are checked here, before any worker starts."""
    Options(patterns_dirs, password, max_bytes, max_pages, debug)
    return Settings(
        tuple(patterns_dirs),
        password,
        max_bytes,
        max_pages,
        debug,
        max_inflate_mb,
        chosen_max_objects(),
        timeout,
    )


def _run_or_exit(inputs, outdir, **options) -> BatchResult:
    """`run_batch`; an interruption, an unwritable OUTDIR or no input at all is one line and its
    exit status."""
    try:
        result = run_batch(inputs, outdir, **options)
    except KeyboardInterrupt:
        fail(
            f"interrupted; files converted so far are kept in {Path(outdir) / '.dhrparse'}: "
            f"run again with --resume to carry on"
        )
        sys.exit(130)
    except OSError as exc:
        fail(f"{getattr(exc, 'filename', None) or outdir}: {exc.strerror or exc}")
        sys.exit(1)
    if not result.rows:
        fail("no supported files (.pdf, .docx, .doc, .txt, .md) found in " + ", ".join(inputs))
        sys.exit(1)
    return result
