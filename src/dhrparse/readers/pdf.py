"""PDF reader: PDFium text layer, ruled tables, heading sizes, scanned/encrypted checks.

Every page is read from PDFium's text layer (pdf_page), its ruled tables cell by cell
(pdf_tables, pdf_cells) and its unruled ones from their columns (pdf_columns); those
rows become Lines carrying `cells`, placed where the table stands in the page's reading
order. A table continued from the previous page is joined to it (pdf_continued). Across
the document, heading sizes, footnotes and paragraph spacing become the Lines' hints
(pdf_lines). Every call into PDFium's C API is in pdfium_raw.

Line.number counts the lines of the extracted text (1-based) and Line.page is the
1-based PDF page, so every record points back to the printed page.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from dhrparse.document import SourceDocument
from dhrparse.patterns import Patterns
from dhrparse.readers import Limits, ReadError
from dhrparse.readers.pdf_cell_breaks import resolved_breaks
from dhrparse.readers.pdf_cell_text import MAYBE_SPLIT, document_words, resolve_splits
from dhrparse.readers.pdf_cells import assign_chars
from dhrparse.readers.pdf_continued import stitch
from dhrparse.readers.pdf_guard import ObjectBudget, check_pdf
from dhrparse.readers.pdf_lines import (
    body_size,
    heading_levels,
    mark_footnotes,
    nest_bullets,
    number_lines,
    size_weights,
)
from dhrparse.readers.pdf_page import PageLine, page_lines
from dhrparse.readers.pdf_spines import spine_told
from dhrparse.readers.pdf_stacked_cells import join_stacked_cells
from dhrparse.readers.pdf_tables import MAX_PATHS, PdfTable, find_tables
from dhrparse.readers.pdfium_raw import (
    ERR_PASSWORD,
    ERR_SECURITY,
    Handle,
    char_count,
    object_count,
    open_page,
    open_text,
    page_objects,
    page_size,
    page_text,
)

MAX_PAGE_CHARS = 500_000  # text on one page beyond this is not a report page (bomb guard)


def read_pdf(
    data: bytes,
    *,
    name: str,
    path: str | None,
    sha256: str,
    password: str | None = None,
    limits: Limits | None = None,
    patterns: Patterns | None = None,
) -> SourceDocument:
    limits = limits or Limits()
    check_pdf(data, limits)
    pdf = _open(data, password)
    try:
        return _read(pdf, name=name, path=path, sha256=sha256, limits=limits, patterns=patterns)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"the PDF could not be read ({exc})") from None
    finally:
        pdf.close()


def _open(data: bytes, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == ERR_PASSWORD:
            if password:
                raise ReadError("the PDF is encrypted and the password given does not open it") from None
            raise ReadError("the PDF is encrypted; pass its password with --password") from None
        if code == ERR_SECURITY:
            raise ReadError("the PDF uses an encryption scheme that cannot be opened") from None
        raise ReadError("this is not a readable PDF (the file is damaged, truncated or not a PDF)") from None


def _read(
    pdf: pdfium.PdfDocument,
    *,
    name: str,
    path: str | None,
    sha256: str,
    limits: Limits,
    patterns: Patterns | None = None,
) -> SourceDocument:
    n_pages = _page_count(pdf, limits)
    pages = _Pages(limits, patterns)
    for index in range(n_pages):
        pages.read(pdf, index)
    pages.check_text()
    raw = pages.lines
    weights = size_weights(raw)
    nest_bullets(raw)
    mark_footnotes(raw, body_size(weights))
    _resolve_split_words(raw)
    return SourceDocument(
        name=name,
        path=path,
        sha256=sha256,
        format="pdf",
        lines=number_lines(raw, heading_levels(weights), patterns),
        pages=n_pages,
        reader_warnings=pages.warnings,
    )


def _page_count(pdf: pdfium.PdfDocument, limits: Limits) -> int:
    n_pages = len(pdf)
    if n_pages == 0:
        raise ReadError("the PDF has no pages (the file may be truncated)")
    if n_pages > limits.max_pages:
        raise ReadError(
            f"document has {n_pages:,} pages, over the limit of {limits.max_pages:,} "
            f"(raise it with --max-pages)"
        )
    return n_pages


class _Pages:
    """What reading the pages in order gathers: their printed lines, the reader's
    warnings, the pages that are scanned images, and the table the last page ended in
    (the next page's first table may continue it)."""

    def __init__(self, limits: Limits, patterns: Patterns | None = None):
        self.limits = limits
        self.patterns = patterns
        self.lines: list[PageLine] = []
        self.warnings: list[tuple[str, str, int | None]] = []
        self.image_only: list[int] = []
        self.text_pages = 0
        self.last_table: PdfTable | None = None
        self.drawn = ObjectBudget(limits.max_objects)

    def read(self, pdf: pdfium.PdfDocument, index: int) -> None:
        with open_page(pdf.raw, index) as page:
            # a page drawing too many objects is refused before PDFium reads its text
            self.drawn.spend(object_count(page.raw), index + 1)
            with open_text(page.raw) as textpage:
                self._read_page(page, textpage, index + 1)
        if len(self.lines) > self.limits.max_lines:
            raise ReadError(f"document has over {self.limits.max_lines:,} lines of text, over the limit")

    def _read_page(self, page: Handle, textpage: Handle, page_no: int) -> None:
        n_chars = char_count(textpage.raw)
        if n_chars > MAX_PAGE_CHARS:
            self.warnings.append(
                ("page_skipped", f"page {page_no} holds {n_chars:,} characters; skipped", None)
            )
            return
        text = page_text(textpage.raw, n_chars) if n_chars else ""
        paths, images = page_objects(page.raw)
        if not text.strip():
            if images:
                self.image_only.append(page_no)
            return
        self.text_pages += 1
        tables, in_table = _ruled_tables(page, textpage, text, n_chars, paths)
        lines = join_stacked_cells(
            page_lines(textpage, text, n_chars, page_no, tables, in_table), self.patterns
        )
        self.last_table = stitch(lines, self.lines, self.last_table)
        self.lines.extend(lines)

    def check_text(self) -> None:
        """A document without a text layer cannot be read; pages without one are named."""
        if self.text_pages == 0:
            if self.image_only:
                raise ReadError(
                    "the PDF has no text layer (it is a scanned image); it needs OCR before dhrparse can read it"
                )
            raise ReadError("the PDF has no text")
        if self.image_only:
            self.warnings.append(
                (
                    "image_only_pages",
                    f"page(s) {_ranges(self.image_only)} are scanned images without a text layer; "
                    f"their text was not read (OCR them first)",
                    None,
                )
            )


def _ruled_tables(
    page: Handle, textpage: Handle, text: str, n_chars: int, paths: list
) -> tuple[list[PdfTable], dict[int, int] | None]:
    """The page's ruled tables with their cells read, and the table each line in one
    starts in; none when the page draws too few or too many paths for a grid, or its
    text offsets are not character indexes."""
    if not 3 <= len(paths) <= MAX_PATHS:
        return [], None
    tables = find_tables(page.raw, *page_size(page.raw), paths)
    if not tables or len(text) != n_chars:
        return [], None
    in_table = assign_chars(tables, textpage, text)
    told = [t for t in tables if not t.spine or spine_told(t)]
    if len(told) < len(tables):  # (a stack of shaded cells with no events beside it: no table)
        if not told:
            return [], None
        tables, in_table = told, assign_chars(told, textpage, text)
    return tables, in_table


def _resolve_split_words(raw: list[PageLine]) -> None:
    """Words a narrow table column split over two lines are joined where the document
    prints the whole word elsewhere (pdf_cell_text)."""
    split_rows = [r for r in raw if r.cells is not None and MAYBE_SPLIT in r.text]
    if not split_rows:
        return
    words = document_words([r.text for r in raw])
    for r in split_rows:
        if r.breaks is not None:
            r.breaks = tuple(resolved_breaks(c, words, b) for c, b in zip(r.cells, r.breaks))
        r.cells = [resolve_splits(c, words) for c in r.cells]
        r.text = "\t".join(r.cells)


def _ranges(pages: list[int]) -> str:
    """Page numbers as ranges: "3, 5-7"."""
    out: list[str] = []
    start = prev = pages[0]
    for p in pages[1:] + [None]:  # type: ignore[list-item]
        if p is not None and p == prev + 1:
            prev = p
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if p is not None:
            start = prev = p
    return ", ".join(out)
