"""`dhrparse batch INPUT... -o OUTDIR`: the command, and `run_batch`, the same
run as a function (tests, benchmark)."""

from __future__ import annotations

import contextlib
import io
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import click
from rich.console import Console

from dhrparse.batch.discover import discover
from dhrparse.batch.link import link_across
from dhrparse.batch.owned import OwnedOutputs
from dhrparse.batch.report import ProgressView, Row, print_summary, write_manifest
from dhrparse.batch.store import Store, file_sha256, fingerprint
from dhrparse.batch.worker import Outcome, Settings, run_all
from dhrparse.cli.options import (
    ALL_RECORDS,
    Options,
    chosen_max_objects,
    common_options,
    fail,
    records_option,
    verbosity_options,
)
from dhrparse.models import Document
from dhrparse.output import writers
from dhrparse.output.terminal import printable
from dhrparse.patterns import load_patterns
from dhrparse.readers import ReadError

FORMATS = ("csv", "jsonl", "json", "xlsx", "sqlite")
OUTPUT_FILES = {
    "jsonl": "documents.jsonl",
    "json": "documents.json",
    "xlsx": "records.xlsx",
    "sqlite": "reviews.db",
}
MANIFEST = "manifest.csv"


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


def _fill(row: Row, doc: Document) -> None:
    row.status, row.error = "ok", ""
    row.counts = {
        "recommendations": len(doc.recommendations),
        "actions": len(doc.actions),
        "chronology": len(doc.chronology),
        "warnings": len(doc.warnings),
    }
    row.review_id, row.doc_kind, row.review_type = (
        doc.review.review_id,
        doc.review.doc_kind,
        doc.review.review_type,
    )
    row.format, row.pages = doc.source.format, doc.source.pages


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
    started = time.perf_counter()
    outdir = Path(outdir)
    formats = _formats(formats) if not db else list(dict.fromkeys([*_formats(formats), "sqlite"]))
    # the library takes each document as it arrives; other formats need them all in memory
    keep = any(f != "sqlite" for f in formats)
    patterns = load_patterns(*settings.patterns_dirs)
    store = Store(outdir, fingerprint(patterns))
    sink = None
    if "sqlite" in formats:
        from dhrparse.library.ingest import BatchSink

        sink = BatchSink(
            db or outdir / OUTPUT_FILES["sqlite"], skip_known=not keep, fingerprint=store.fingerprint
        )
    jobs = max(1, jobs or os.cpu_count() or 1)
    found = discover(inputs, recursive=recursive, globs=globs, exclude=[outdir])
    rows = [Row(file=str(item.path), name=item.name) for item in found]
    docs: dict[int, Document] = {}
    todo: dict[str, list[int]] = {}  # sha256 -> rows with that content (converted once)

    with ProgressView(len(rows), progress_stream, verbose=verbose) as view:
        for i, (item, row) in enumerate(zip(found, rows)):
            if item.error:
                row.status, row.error = "failed", item.error
                view.advance(row)
                continue
            try:
                row.sha256 = file_sha256(item.path, settings.max_bytes)
            except ReadError as exc:  # over --max-bytes (told by stat, or by reading a device)
                row.status, row.error = "failed", str(exc)
                view.advance(row)
                continue
            except OSError as exc:
                row.status, row.error = "failed", str(exc.strerror or exc)
                view.advance(row)
                continue
            if sink is not None and sink.skip(row):
                view.advance(row)
                continue
            cached = store.load(row.sha256) if resume else None
            if cached is not None:
                docs[i], row.seconds = cached
                row.resumed = True
                _fill(row, docs[i])
                if sink is not None:
                    sink.converted(row, docs[i])
                    if not keep:
                        del docs[i]
                view.advance(row)
            else:
                todo.setdefault(row.sha256, []).append(i)

        by_path = {rows[idx[0]].file: sha for sha, idx in todo.items()}

        def done(path: str, outcome: Outcome) -> None:
            sha = by_path[path]
            doc = None
            if outcome.ok:
                try:
                    doc = Document.model_validate_json(outcome.document)
                except ValueError as exc:
                    outcome = Outcome(
                        False, error=f"invalid result: {exc}".splitlines()[0], seconds=outcome.seconds
                    )
            if doc is not None:
                try:
                    store.save(sha, outcome.document, outcome.seconds)
                except OSError as exc:  # only --resume loses this file; the run goes on
                    view.note(f"dhrparse: warning: could not save {store.path(sha)}: {exc.strerror or exc}")
            elif settings.debug and outcome.detail:
                view.note(outcome.detail)
            for i in todo[sha]:
                row = rows[i]
                row.seconds = outcome.seconds
                if doc is None:
                    row.status, row.error = "failed", outcome.error or "unknown error"
                else:
                    docs[i] = doc if i == todo[sha][0] else doc.model_copy(deep=True)
                    _fill(row, docs[i])
                    if sink is not None:
                        sink.converted(row, docs[i])
                        if not keep:
                            del docs[i]
                view.advance(row)

        # largest first: the long files start early and the workers finish together
        paths = sorted(by_path, key=lambda p: -_size(p))
        run_all(
            paths, settings, jobs, done, on_start=lambda p: view.started(p, rows[todo[by_path[p]][0]].name)
        )

    ordered = []
    for i, row in enumerate(rows):
        if i in docs:
            doc = docs[i]
            doc.source.name, doc.source.path = row.name, row.file
            ordered.append(doc)
    linked = link_across(ordered)
    if sink is not None:
        for row in rows:
            if row.status != "ok":
                sink.failed(row)
        sink.close()
        if not keep:  # the documents were never all in memory: the library linked them
            linked = sink.linked
    written = write_outputs(
        outdir, ordered, rows, [f for f in formats if f != "sqlite"], list(record_types), bom=bom
    )
    if sink is not None:
        written.insert(len(written) - 1, sink.path)
    removed, kept = OwnedOutputs(outdir).replace(written)
    for path in kept:
        _warn(f"{path} was written by an earlier run but has changed since: left as it is")
    return BatchResult(rows, ordered, linked, time.perf_counter() - started, written, removed)


def _warn(text: str) -> None:
    """A warning on stderr, which may be gone (`2>&1 | head`): the outputs matter more."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(f"dhrparse: warning: {printable(text)}", file=sys.stderr, flush=True)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def write_outputs(
    outdir: Path,
    docs: list[Document],
    rows: list[Row],
    formats: list[str],
    record_types: list[str],
    *,
    bom: bool,
) -> list[Path]:
    """Combined outputs, each written atomically; the manifest last, so a manifest
    that exists describes outputs that are complete."""
    written: list[Path] = []
    for fmt in formats:
        if fmt == "csv":
            written += writers.write_csv_dir(outdir, docs, record_types, bom=bom)
        elif fmt == "jsonl":
            with writers.atomic_open(outdir / OUTPUT_FILES[fmt]) as fh:
                writers.write_jsonl(fh, docs)
            written.append(outdir / OUTPUT_FILES[fmt])
        elif fmt == "json":
            with writers.atomic_open(outdir / OUTPUT_FILES[fmt]) as fh:
                writers.write_json(fh, docs, single=False)
            written.append(outdir / OUTPUT_FILES[fmt])
        else:
            from dhrparse.output.xlsx import write_xlsx

            for note in write_xlsx(
                outdir / OUTPUT_FILES[fmt], docs, record_types, sources=[r.source() for r in rows]
            ):
                _warn(note)
            written.append(outdir / OUTPUT_FILES[fmt])
    write_manifest(outdir / MANIFEST, rows, bom=bom)
    written.append(outdir / MANIFEST)
    return written


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
@click.option("--no-bom", is_flag=True, help="Write CSV files without the UTF-8 byte-order mark Excel needs.")
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
def batch(
    inputs,
    outdir,
    formats,
    jobs,
    recursive,
    resume,
    globs,
    records,
    no_bom,
    db,
    timeout,
    quiet,
    verbose,
    patterns_dirs,
    password,
    max_bytes,
    max_pages,
    max_inflate_mb,
    debug,
):
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
    if quiet and verbose:
        raise click.UsageError("-q/--quiet and -v/--verbose contradict each other")
    chosen = records_option(records)
    fmts = _formats(formats)
    if (
        db
        and click.get_current_context().get_parameter_source("formats") is click.core.ParameterSource.DEFAULT
    ):
        fmts = ["sqlite"]  # --db alone adds to the library and writes no other output
    Options(patterns_dirs, password, max_bytes, max_pages, debug)  # validates the patterns up front
    settings = Settings(
        tuple(patterns_dirs),
        password,
        max_bytes,
        max_pages,
        debug,
        max_inflate_mb,
        chosen_max_objects(),
        timeout,
    )
    try:
        result = run_batch(
            inputs,
            outdir,
            formats=fmts,
            record_types=chosen,
            jobs=jobs,
            recursive=recursive,
            resume=resume,
            globs=globs,
            bom=not no_bom,
            settings=settings,
            db=db,
            progress_stream=io.StringIO() if quiet else None,
            verbose=verbose,
        )
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
