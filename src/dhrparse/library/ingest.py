"""Feed the library from `dhrparse extract` and `dhrparse batch`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from dhrparse.batch.store import file_sha256, fingerprint
from dhrparse.models import Document
from dhrparse.library.store import Library, LibraryError


class BatchSink:
    """Receives each batch result as it arrives, so a library of any size is built in
    one pass holding one document at a time. With `skip_known`, files already in the
    library with the same content are not converted again."""

    def __init__(self, path: str | Path, *, skip_known: bool, fingerprint: str | None = None):
        try:
            self.library = Library(path, fingerprint=fingerprint)
        except LibraryError as exc:
            raise click.UsageError(str(exc)) from None
        self.skip_known = skip_known
        self.linked = 0  # actions linked to another file's recommendations, once closed

    @property
    def path(self) -> Path:
        return self.library.path

    def skip(self, row) -> bool:
        stored = self.library.known(row.name, row.sha256) if self.skip_known else None
        if stored is None:
            return False
        row.status, row.error, row.resumed = "ok", "", True
        row.counts = {k: stored[k] for k in ("recommendations", "actions", "chronology", "warnings")}
        row.review_id, row.doc_kind, row.review_type = (
            stored["review_id"],
            stored["doc_kind"],
            stored["review_type"],
        )
        row.format, row.pages = stored["format"], stored["pages"]
        return True

    def converted(self, row, doc: Document) -> None:
        doc.source.name, doc.source.path = row.name, row.file
        self.library.add(doc, source=row.name)

    def failed(self, row) -> None:
        self.library.add_failed(row.name, path=row.file, sha256=row.sha256 or None, error=row.error)

    def close(self) -> Path:
        self.linked = self.library.finish()
        self.library.close()
        return self.path


def _analyse(path: str, opts):
    from dhrparse.pipeline import analyse
    from dhrparse.readers import ReadError

    try:
        if path == "-":
            return analyse(
                sys.stdin.buffer.read(),
                name="<stdin>",
                patterns=opts.patterns,
                password=opts.password,
                limits=opts.limits,
                debug=opts.debug,
            ).document, None
        return analyse(
            path, patterns=opts.patterns, password=opts.password, limits=opts.limits, debug=opts.debug
        ).document, None
    except ReadError as exc:
        return None, str(exc)
    except Exception as exc:  # recorded as the file's failure, never a traceback unless asked
        if opts.debug:
            raise
        return None, f"internal error: {type(exc).__name__}: {exc}"


def extract_into(files: list[str], opts, db: str | None) -> int:
    """`dhrparse extract --format sqlite`: add FILES to the library DB. Returns the exit status."""
    if not db:
        raise click.UsageError("SQLite needs a database file: -o reviews.db (or --db reviews.db)")
    try:
        library = Library(db, fingerprint=fingerprint(opts.patterns))
    except LibraryError as exc:
        raise click.UsageError(str(exc)) from None
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
    for path in files:
        name = "<stdin>" if path == "-" else Path(path).name
        sha = None
        if path != "-":
            try:
                sha = file_sha256(Path(path))
            except OSError as exc:
                error = str(exc.strerror or exc)
                click.echo(f"dhrparse: error: {path}: {error}", err=True)
                library.add_failed(name, path=path, error=error)
                counts["failed"] += 1
                continue
            if library.known(name, sha):
                counts["unchanged"] += 1
                continue
        doc, error = _analyse(path, opts)
        if doc is None:
            click.echo(f"dhrparse: error: {path}: {error}", err=True)
            library.add_failed(name, path=None if path == "-" else path, sha256=sha, error=error)
            counts["failed"] += 1
        else:
            counts[library.add(doc, source=name)] += 1
    library.finish()
    library.close()
    click.echo(f"{db}: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)
    return 1 if counts["failed"] else 0
