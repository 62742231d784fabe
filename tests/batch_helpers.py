"""Helpers for the batch tests: real PDF/DOCX files made from corpus text, and a
worker function that crashes its process (imported by spawned workers)."""

from __future__ import annotations

import os
from pathlib import Path

from pdf_fixtures import serialise

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
