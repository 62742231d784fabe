"""One batch run's conversions: which inputs are settled without a worker (unreadable, already in
the library, stored by an earlier run), which content goes to a worker (each content once, however
many files hold it), and what each worker's result fills in."""

from __future__ import annotations

import os

from dhrparse.batch.report import ProgressView, Row
from dhrparse.batch.store import Store, file_sha256
from dhrparse.batch.worker import Outcome
from dhrparse.models import Document
from dhrparse.readers import ReadError


class Conversion:
    """The manifest's rows and the documents converted so far, shared by the scan of the inputs and
    the workers' results as they arrive. `keep`: hold every document for the combined outputs (a
    library-only run hands each to the library sink and lets it go)."""

    def __init__(self, found: list, store: Store, sink, *, keep: bool, view: ProgressView, debug: bool):
        self.found, self.store, self.sink = found, store, sink
        self.keep, self.view, self.debug = keep, view, debug
        self.rows = [Row(file=str(item.path), name=item.name) for item in found]
        self.docs: dict[int, Document] = {}
        self.todo: dict[str, list[int]] = {}  # sha256 -> rows with that content (converted once)
        self.by_path: dict[str, str] = {}  # the file a worker reads for each content -> sha256

    def scan(self, *, max_bytes: int, resume: bool) -> None:
        """Settle what needs no worker; plan one job per remaining content."""
        for i, (item, row) in enumerate(zip(self.found, self.rows)):
            if self._settled(i, item, row, max_bytes, resume):
                self.view.advance(row)
            else:
                self.todo.setdefault(row.sha256, []).append(i)
        self.by_path = {self.rows[idx[0]].file: sha for sha, idx in self.todo.items()}

    def _settled(self, i: int, item, row: Row, max_bytes: int, resume: bool) -> bool:
        if item.error:
            row.status, row.error = "failed", item.error
            return True
        try:
            row.sha256 = file_sha256(item.path, max_bytes)
        except ReadError as exc:  # over --max-bytes (told by stat, or by reading a device)
            row.status, row.error = "failed", str(exc)
            return True
        except OSError as exc:
            row.status, row.error = "failed", str(exc.strerror or exc)
            return True
        if self.sink is not None and self.sink.skip(row):
            return True
        cached = self.store.load(row.sha256) if resume else None
        if cached is None:
            return False
        doc, row.seconds = cached
        row.resumed = True
        self._converted(i, row, doc)
        return True

    def paths(self) -> list[str]:
        """The files the workers read, largest first: the long files start early and the workers
        finish together."""
        return sorted(self.by_path, key=lambda p: -_size(p))

    def started(self, path: str) -> None:
        self.view.started(path, self.rows[self.todo[self.by_path[path]][0]].name)

    def done(self, path: str, outcome: Outcome) -> None:
        """A worker's result: every row holding that content is converted, or failed."""
        sha = self.by_path[path]
        doc, outcome = self._document(sha, outcome)
        for i in self.todo[sha]:
            row = self.rows[i]
            row.seconds = outcome.seconds
            if doc is None:
                row.status, row.error = "failed", outcome.error or "unknown error"
            else:
                self._converted(i, row, doc if i == self.todo[sha][0] else doc.model_copy(deep=True))
            self.view.advance(row)

    def _document(self, sha: str, outcome: Outcome) -> tuple[Document | None, Outcome]:
        """The worker's document, stored for --resume; an invalid one turns the outcome into a failure."""
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
                self.store.save(sha, outcome.document, outcome.seconds)
            except OSError as exc:  # only --resume loses this file; the run goes on
                self.view.note(
                    f"dhrparse: warning: could not save {self.store.path(sha)}: {exc.strerror or exc}"
                )
        elif self.debug and outcome.detail:
            self.view.note(outcome.detail)
        return doc, outcome

    def _converted(self, i: int, row: Row, doc: Document) -> None:
        self.docs[i] = doc
        _fill(row, doc)
        if self.sink is not None:
            self.sink.converted(row, doc)
            if not self.keep:
                del self.docs[i]

    def ordered(self) -> list[Document]:
        """The documents in the order of the inputs, each named by the file it was read from."""
        ordered = []
        for i, row in enumerate(self.rows):
            if i in self.docs:
                doc = self.docs[i]
                doc.source.name, doc.source.path = row.name, row.file
                ordered.append(doc)
        return ordered


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


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
