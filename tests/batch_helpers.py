"""Helpers for the batch tests: real PDF/DOCX files made from corpus text, a worker
function that crashes its process (imported by spawned workers), and the batch's
conversions run in the test's own process."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path

from pdf_fixtures import serialise

from dhrparse.batch import worker
from dhrparse.batch.worker import Outcome, convert


def make_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path


def _pdf_escape(line: str) -> str:
    line = line.encode("latin-1", "replace").decode("latin-1")
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path: Path, text: str, lines_per_page: int = 50) -> Path:
    """A plain, valid PDF (Helvetica text, one object per page) written by hand."""
    lines = [l for l in text.splitlines() if l.strip()]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % i for i in page_ids)
        + b"] /Count %d >>" % len(pages)
    )
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, page in enumerate(pages):
        body = (
            "BT /F1 9 Tf 11 TL 40 800 Td " + " ".join(f"({_pdf_escape(l[:110])}) Tj T*" for l in page) + " ET"
        )
        stream = body.encode("latin-1")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            b" /Contents %d 0 R >>" % (page_ids[i] + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    path.write_bytes(serialise(dict(enumerate(objects, start=1))))
    return path


def crash_on_marked_files(path: str) -> Outcome:
    """Like `convert`, but kills its own process for files whose name holds "crash"."""
    if "crash" in Path(path).name:
        os._exit(3)
    return convert(path)


def convert_here(paths, settings, jobs, on_done, fn=convert, on_start=None) -> None:
    """`worker.run_all` without worker processes: each path handed to the same `fn`, set up by
    the same `init_worker(settings)` a worker runs first, one after another in input order (as
    one worker takes them), with `on_start` and `on_done` called as the pool calls them. For the
    batch tests whose subject is what the batch makes of the outcomes (manifest, resume, outputs,
    progress lines): each worker process costs a second of start-up. The pool itself (a worker
    that dies, one over its time budget, workers ending with their parent, several jobs) is tested
    with real workers. What the worker set-up changes in this process is put back after."""
    state, level = dict(worker._state), logging.getLogger().level
    try:
        with warnings.catch_warnings():  # init_worker silences warnings: for this run only
            worker.init_worker(settings)
            for path in paths:
                if on_start is not None:
                    on_start(path)
                on_done(path, fn(path))
    finally:
        worker._state.clear()
        worker._state.update(state)
        logging.getLogger().setLevel(level)
