"""dhrparse.batch.conversion: which inputs a batch hands to workers, and what each worker's
result fills in. No worker processes: the results are given by hand."""

from __future__ import annotations

from dhrparse.batch.conversion import Conversion
from dhrparse.batch.discover import Input
from dhrparse.batch.store import Store
from dhrparse.batch.worker import Outcome
from dhrparse.models import Document, Review, Source


class View:
    """Stands in for the progress display: remembers what it was told."""

    def __init__(self):
        self.advanced, self.notes, self.started_names = [], [], []

    def advance(self, row):
        self.advanced.append(row.name)

    def note(self, text):
        self.notes.append(text)

    def started(self, path, name=None):
        self.started_names.append(name)


def _conversion(tmp_path, files: dict[str, str], *, resume: bool = False) -> tuple[Conversion, View]:
    found = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        found.append(Input(tmp_path / name, name))
    found.append(Input(tmp_path / "gone.txt", "gone.txt", error="no such file"))
    view = View()
    run = Conversion(found, Store(tmp_path / "out", "fp"), None, keep=True, view=view, debug=False)
    run.scan(max_bytes=10_000, resume=resume)
    return run, view


def _document_json() -> str:
    doc = Document(
        source=Source(name="worker-name.txt", sha256="0" * 64, format="text"),
        review=Review(review_type="DHR", area="Harbury", doc_kind="action_plan"),
    )
    return doc.model_dump_json()


def test_one_content_in_two_files_goes_to_one_worker_and_fills_both_rows(tmp_path):
    run, view = _conversion(tmp_path, {"a.txt": "same words", "copy.txt": "same words", "b.txt": "other"})
    assert view.advanced == ["gone.txt"]  # settled without a worker
    assert len(run.paths()) == 2
    shared = next(p for p in run.paths() if p.endswith("a.txt"))
    run.started(shared)
    run.done(shared, Outcome(True, document=_document_json(), seconds=1.5))
    docs = run.ordered()
    assert [d.source.name for d in docs] == ["a.txt", "copy.txt"]  # named by the file, in input order
    assert docs[0] is not docs[1]
    rows = {r.name: r for r in run.rows}
    assert rows["a.txt"].status == rows["copy.txt"].status == "ok"
    assert rows["copy.txt"].doc_kind == "action_plan" and rows["copy.txt"].seconds == 1.5
    assert rows["gone.txt"].status == "failed" and rows["gone.txt"].error == "no such file"


def test_an_unreadable_worker_result_fails_its_rows_and_is_not_stored_for_resume(tmp_path):
    run, view = _conversion(tmp_path, {"a.txt": "words"})
    (path,) = run.paths()
    run.done(path, Outcome(True, document='{"source": "not a document"}', seconds=0.2))
    row = run.rows[0]
    assert row.status == "failed" and row.error.startswith("invalid result:")
    assert run.ordered() == []
    again, _ = _conversion(tmp_path, {"a.txt": "words"}, resume=True)
    assert len(again.paths()) == 1  # nothing was stored, so --resume converts it again


def test_resume_reuses_a_stored_result_without_a_worker(tmp_path):
    run, _ = _conversion(tmp_path, {"a.txt": "words"})
    (path,) = run.paths()
    run.done(path, Outcome(True, document=_document_json(), seconds=0.7))
    again, view = _conversion(tmp_path, {"a.txt": "words"}, resume=True)
    assert again.paths() == [] and view.advanced == ["a.txt", "gone.txt"]
    assert again.rows[0].resumed and again.rows[0].seconds == 0.7
