"""Readers turn a file into a SourceDocument (lines with page provenance, tables).

`read()` picks the reader from the file's content first (PDF and DOCX files are
recognised by their signature whatever their name) and its extension second.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.readers.joined_twins import english_halves
from dhrparse.readers.ligatures import unjoin_ligatures
from dhrparse.readers.side_by_side import english_column
from dhrparse.readers.twin_paragraphs import english_paragraphs


class ReadError(Exception):
    """The input could not be read; the message is shown to the user as is."""


TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown", ".htm", ".html", ""}
# .doc is listed so a batch meets it: it is converted when LibreOffice is installed, else fails saying how
SUPPORTED_SUFFIXES = {".pdf", ".docx", ".doc", ".txt", ".md", ".text", ".markdown", ".htm", ".html"}
# what a one-line str passed to dhrparse.extract() must end in to be taken for a file name
DOCUMENT_SUFFIXES = SUPPORTED_SUFFIXES | {".rtf", ".odt"}


def sniff_format(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if data[:5] == b"%PDF-" or (suffix == ".pdf" and b"%PDF-" in data[:1024]):
        return "pdf"
    if data[:2] == b"PK" and (suffix == ".docx" or b"word/" in data[:4096]):
        return "docx"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and suffix != ".docx":
        return "doc"
    if suffix == ".pdf":
        return "pdf"
    if suffix == ".doc":
        return "doc"
    if suffix == ".docx":
        return "docx"
    if suffix in (".htm", ".html"):
        return "html"
    return "text"


def read_bytes(
    data: bytes,
    name: str,
    path: str | None = None,
    *,
    password: str | None = None,
    limits: Limits | None = None,
    patterns: Patterns | None = None,
) -> SourceDocument:
    """`patterns`: the vocabulary a reader needs to lay lines out as printed (a Word paragraph's
    list label, a bold line's heading label); the shipped patterns when None."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise ReadError(
            f"file is {len(data):,} bytes, over the limit of {limits.max_bytes:,} (raise it with --max-bytes)"
        )
    sha = hashlib.sha256(data).hexdigest()
    fmt = sniff_format(data, name)
    if fmt == "pdf":
        from dhrparse.readers.pdf import read_pdf

        doc = read_pdf(
            data, name=name, path=path, sha256=sha, password=password, limits=limits, patterns=patterns
        )
    elif fmt == "docx":
        from dhrparse.readers.docx import read_docx

        doc = read_docx(data, name=name, path=path, sha256=sha, limits=limits, patterns=patterns)
    elif fmt == "doc":
        from dhrparse.readers.doc import doc_to_docx
        from dhrparse.readers.docx import read_docx

        doc = read_docx(doc_to_docx(data), name=name, path=path, sha256=sha, limits=limits, patterns=patterns)
        doc.reader_warnings.append(
            (
                "converted_from_doc",
                "an old Word .doc file, read after LibreOffice converted it to .docx",
                None,
            )
        )
    else:
        from dhrparse.readers.text import read_text

        doc = read_text(data, name=name, path=path, sha256=sha, fmt=fmt, limits=limits)
        # (a report printed in English and Welsh side by side: its English column is the body,
        # its paragraphs printed in turn with their Welsh twins or its lines joined with theirs)
        patterns = patterns or load_patterns()
        return english_paragraphs(english_halves(unjoin_ligatures(doc), patterns), patterns)
    # (a report printed in English and Welsh side by side: its English column is the body)
    return english_column(unjoin_ligatures(doc), patterns or load_patterns())


def read_path(
    path: str | Path,
    *,
    password: str | None = None,
    limits: Limits | None = None,
    patterns: Patterns | None = None,
) -> SourceDocument:
    from dhrparse.readers.intake import read_file

    p = Path(path)
    data = read_file(p, (limits or Limits()).max_bytes)  # size checked before reading
    return read_bytes(data, p.name, str(p), password=password, limits=limits, patterns=patterns)


MAX_OBJECTS = 1_000_000


class Limits:
    """Resource limits, overridable from the command line."""

    def __init__(
        self,
        max_bytes: int = 200 * 1024 * 1024,
        max_pages: int = 5000,
        max_lines: int = 2_000_000,
        max_inflate: int = 128 * 1024 * 1024,
        max_objects: int = MAX_OBJECTS,
    ):
        self.max_bytes = max_bytes
        self.max_pages = max_pages
        self.max_lines = max_lines
        self.max_inflate = max_inflate  # bytes a PDF's compressed streams may expand to
        self.max_objects = max_objects  # objects a PDF may hold, and its pages draw in all
