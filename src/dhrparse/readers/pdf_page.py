"""One PDF page's printed lines, in PDFium's reading order, with its tables in place.

A ruled table's rows (pdf_cells) are put where the table's first line of text stood; a
table no line fell in goes above the first text printed below it. On a page with no
ruled table, a run of lines standing in columns is an unruled table (pdf_columns) and
its rows replace those lines. A page set in newspaper columns (pdf_newspaper) is read
column by column, and each column is searched for unruled tables on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from dhrparse.readers.pdf_columns import find_unruled, line_pieces
from dhrparse.readers.pdf_newspaper import (
    RIGHT_COLUMN,
    Block,
    column_blocks,
    line_boxes,
    may_have_columns,
    rejoin_broken_row,
)
from dhrparse.readers.pdf_tables import PdfTable
from dhrparse.readers.pdf_typography import BULLET_START, LONG_LINE, line_type, note_size, printed_text
from dhrparse.readers.pdfium_raw import char_box, rect_count

# the buffers pdf_columns.line_pieces reads a line's text boxes into


@dataclass
class PageLine:
    """One printed line before numbering: text, page, font size, bold, or a table row."""

    text: str
    page: int
    size: float = 0.0
    bold: bool = False
    cells: list[str] | None = None
    table: PdfTable | None = None
    y: float | None = None  # baseline-ish bottom of the first character
    # bottom of the last character, where PDFium joined two printed lines at a hyphen ending
    # the first ("re-" / "issued ..."): the gap to the line below is measured from it
    y_end: float | None = None
    x: float | None = None  # left edge of the first character (list markers only)
    bullet: bool = False  # starts with a list marker
    nested: bool = False  # a list item indented under the one before it
    note_size: float = 0.0  # size of the text after a leading number (footnotes print it small)
    footnote: bool = False
    breaks: tuple[tuple[int, ...], ...] | None = None  # a table row's cells' paragraph breaks
    merged: tuple[int, ...] = ()  # a table row's slots a cell merged down from a row above covers


def table_lines(table: PdfTable, page_no: int) -> list[PageLine]:
    return [
        PageLine(
            text="\t".join(cells),
            page=page_no,
            cells=list(cells),
            table=table,
            breaks=table.breaks.get(tuple(cells)),
            merged=table.merged.get(tuple(cells), ()),
        )
        for cells in table.rows
    ]


def page_lines(
    textpage, text: str, n_chars: int, page_no: int, tables: list[PdfTable], in_table: dict[int, int] | None
) -> list[PageLine]:
    """The page's lines in PDFium's reading order, each table's rows put where its first
    line of text stood. `in_table` maps the first character of each line that lies in a
    table to that table."""
    page = _Page(textpage, text, n_chars, page_no, tables, in_table)
    for start, piece in _printed_lines(text):
        page.add(start, piece)
    for k in range(len(tables)):
        page.place(k)
    if not tables and page.aligned and len(page.out) >= 3:
        blocks = _newspaper_blocks(textpage, page)
        if blocks is None:
            return _unruled_tables(textpage, text, page.out, page.spans, page_no)
        # a table never runs from one newspaper column into the other
        read: list[PageLine] = []
        for block in blocks:
            out, spans = [page.out[k] for k in block.lines], [page.spans[k] for k in block.lines]
            if len(out) >= 3:
                out = _unruled_tables(textpage, text, out, spans, page_no)
            if block.column == RIGHT_COLUMN:
                rejoin_broken_row(read, out)
            read.extend(out)
        return read
    return page.out


def _newspaper_blocks(textpage, page: _Page) -> list[Block] | None:
    """The page's text lines in newspaper-column reading order (see pdf_newspaper), as
    blocks of indexes into `page.out`; None when the page is not set in columns. Only a
    page some of whose lines start far right of its left edge is measured."""
    if not may_have_columns([ln.x for ln in page.out if ln.x is not None]):
        return None
    return column_blocks(line_boxes(textpage.raw, page.spans))


def _printed_lines(text: str):
    """(offset, text) of each non-blank line of the page's text."""
    sep = "\r\n" if "\r\n" in text else "\n"
    offset = 0
    for piece in text.split(sep):
        start = offset
        offset += len(piece) + len(sep)
        if piece.strip():
            yield start, piece


class _Page:
    """The lines of one page as they are read: the text lines, where each was printed in
    the page's text, and which tables have been placed among them."""

    def __init__(self, textpage, text, n_chars, page_no, tables, in_table):
        self.raw_tp, self.page_no, self.tables, self.in_table = textpage.raw, page_no, tables, in_table
        self.aligned = len(text) == n_chars  # string offsets are char indices (no surrogate pairs)
        self.out: list[PageLine] = []
        self.spans: list[tuple[int, int]] = []  # first and last character of each text line in `out`
        self.placed: set[int] = set()

    def place(self, k: int) -> None:
        if k not in self.placed:
            self.placed.add(k)
            self.out.extend(table_lines(self.tables[k], self.page_no))

    def add(self, start: int, piece: str) -> None:
        lead = len(piece) - len(piece.lstrip())
        first, last = start + lead, start + len(piece.rstrip()) - 1
        table_index = self.in_table.get(first) if self.in_table else None
        if table_index is not None:
            self.place(table_index)
            return
        line, printed = self._text_line(start, first, last, piece)
        if line.y is not None and len(self.placed) < len(self.tables):
            # a table no line fell in goes above text printed below it
            for k, table in enumerate(self.tables):
                if line.y < table.bottom:
                    self.place(k)
        self.out.append(line)
        # the span ends where the printed text does (a contents line's page-number gap,
        # put back as one tab, may have been several spaces)
        self.spans.append((first, last if printed is piece else start + len(printed.rstrip()) - 1))

    def _text_line(self, start: int, first: int, last: int, piece: str) -> tuple[PageLine, str]:
        stripped = piece.strip()
        bullet = BULLET_START.match(stripped) is not None
        size, bold, y, x, note = 0.0, False, None, None, 0.0
        if self.aligned:
            raw_tp = self.raw_tp
            size, bold, y, x = line_type(raw_tp, first, last, len(piece) <= LONG_LINE, bullet)
            piece = printed_text(raw_tp, piece, start, size)
            if stripped[:1].isdecimal():
                note = note_size(raw_tp, first, stripped)
        y_end = None
        if "\ufffe" in piece or "\x02" in piece:  # PDFium's marks for a hyphen ending a line
            piece = piece.replace("\ufffe", "-").replace("\x02", "-")
            box = char_box(self.raw_tp, last) if y is not None else None
            y_end = box.bottom if box is not None else None
        line = PageLine(
            piece.strip(), self.page_no, size, bold, y=y, x=x, bullet=bullet, note_size=note, y_end=y_end
        )
        return line, piece


def _unruled_tables(
    textpage, text: str, out: list[PageLine], spans: list[tuple[int, int]], page_no: int
) -> list[PageLine]:
    """The page's lines with each table set without rules replaced by its rows (see
    pdf_columns). Only a page where some line starts well right of the text's left edge
    can hold one (a table's second column does), unless PDFium joined the cells of every
    row into one printed line."""
    lefts = [ln.x for ln in out if ln.x is not None]
    if not lefts:
        return out
    margin = min(lefts)
    indented = sum(1 for ln in out if ln.x is not None and ln.x > margin + 40 and not ln.bullet)
    # cells PDFium joined into one printed line leave several text boxes on it
    if indented < 2 and rect_count(textpage.raw, 0, len(text)) < len(out) + 3:
        return out
    sizes = sorted(ln.size for ln in out if ln.size)
    if not sizes:
        return out
    size = sizes[len(sizes) // 2]
    lines = [
        line_pieces(textpage.raw, text, first, last, k, 0.8 * size) for k, (first, last) in enumerate(spans)
    ]
    rebuilt: list[PageLine] = []
    k = 0
    for found in find_unruled(lines, size):
        rebuilt.extend(out[k : found.start])
        rebuilt.extend(table_lines(found.table, page_no))
        k = found.end
    rebuilt.extend(out[k:])
    return rebuilt
