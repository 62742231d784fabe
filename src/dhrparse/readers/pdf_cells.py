"""A ruled table's text: each printed line of a table page put into the cell it lies in.

PDFium prints a table cell by cell, so a line whose text boxes all lie inside one cell
goes to that cell whole and a line whose boxes miss every table is not table text. A line that crosses cells (PDFium joins cells printed on one
baseline) is cut where its boxes change cell, each part checked the same way; what is
left is placed word by word: a word never crosses a cell boundary, so its first
character's box places it, with the space or line break after it.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from dhrparse.readers.pdf_cell_breaks import Printed, cell_breaks, column_edges
from dhrparse.readers.pdf_cell_text import join_cell_lines
from dhrparse.readers.pdf_tables import PdfTable, cell_owners
from dhrparse.readers.pdfium_raw import Box, char_at, char_box, text_rects

_WORD = re.compile(r"\S+")
_OUTSIDE = (-1, None)  # a line no table holds


class Grid(NamedTuple):
    """What placing a line needs of one table, taken once per page."""

    index: int  # the table's place in the page's list
    left: float
    bottom: float
    right: float
    top: float
    xs: list[float]  # column boundaries, left to right
    neg_ys: list[float]  # row boundaries negated: ascending down the page, for bisect
    last_col: int
    last_row: int
    owners: list[list[tuple[int, int]]]  # cell_owners(table)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(first, last) index of the first and last printed character of each non-blank
    line of a page's text, split as the reader splits it."""
    sep = "\r\n" if "\r\n" in text else "\n"
    out: list[tuple[int, int]] = []
    offset = 0
    for piece in text.split(sep):
        start = offset
        offset += len(piece) + len(sep)
        stripped_left = piece.lstrip()
        if stripped_left:
            out.append((start + len(piece) - len(stripped_left), start + len(piece.rstrip()) - 1))
    return out


def grids(tables: list[PdfTable], owners: list[list[list[tuple[int, int]]]]) -> list[Grid]:
    return [
        Grid(
            k,
            t.left,
            t.bottom,
            t.right,
            t.top,
            t.xs,
            [-v for v in t.ys],
            len(t.xs) - 2,
            len(t.ys) - 2,
            owners[k],
        )
        for k, t in enumerate(tables)
    ]


def _box_place(grids_: list[Grid], left: float, bottom: float, right: float, top: float):
    """Where one text box goes: _OUTSIDE, (table, cell owner), or None when it crosses a
    table's edge or more than one cell."""
    bisect_right = bisect.bisect_right
    for grid in grids_:
        if right < grid.left or left > grid.right or top < grid.bottom or bottom > grid.top:
            continue
        if left < grid.left or right > grid.right or bottom < grid.bottom or top > grid.top:
            return None
        # the grid slots of the box's corners (first and last row, first and last column),
        # found as a word's centre is (_Placer._word): inside the table none is before the
        # first slot, only past the last
        j0, j1 = bisect_right(grid.xs, left) - 1, bisect_right(grid.xs, right) - 1
        i0, i1 = bisect_right(grid.neg_ys, -top) - 1, bisect_right(grid.neg_ys, -bottom) - 1
        if j0 < 0 or i0 < 0:
            j0, j1, i0, i1 = max(j0, 0), max(j1, 0), max(i0, 0), max(i1, 0)
        if j1 > grid.last_col:
            j0, j1 = min(j0, grid.last_col), grid.last_col
        if i1 > grid.last_row:
            i0, i1 = min(i0, grid.last_row), grid.last_row
        owner = grid.owners[i0][j0]
        if (i0 != i1 or j0 != j1) and any(
            grid.owners[i][j] != owner for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)
        ):
            return None
        return (grid.index, owner)
    return _OUTSIDE


def line_place(grids_: list[Grid], rects: list[Box]):
    """Where a whole printed line goes, judged from the boxes PDFium draws round its text:
    _OUTSIDE when no box touches any table, (table, cell owner) when every box lies inside
    the first table it touches and every grid slot the box covers belongs to one cell (so
    every word's centre does too), else None: the line must be placed word by word."""
    place = None
    for left, bottom, right, top in rects:
        if not (left < right and bottom < top):
            return None  # an empty box: some characters are not covered by it
        here = _box_place(grids_, left, bottom, right, top)
        if here is None or (place is not None and here != place):
            return None
        place = here
    return place


def assign_chars(tables: list[PdfTable], textpage, text: str) -> dict[int, int]:
    """Read every table's cells from the page text (see the module's note). Returns, for
    the first character of each line (and of each part of a line placed on its own) that
    lies in a table, the index of that table."""
    placer = _Placer(tables, textpage, text)
    spans = line_spans(text)
    for n, (first, last) in enumerate(spans):
        placer.line(first, last, spans[n + 1][0] if n + 1 < len(spans) else len(text))
    for k, t in enumerate(tables):
        t.rows = table_rows(placer.owners[k], placer.cell_text[k])
        t.breaks = row_breaks(t.xs, placer.owners[k], placer.cell_text[k], placer.shapes[k])
        t.merged = merged_slots(placer.owners[k], placer.cell_text[k])
    return placer.where


def table_rows(
    owners: list[list[tuple[int, int]]], cell_text: dict[tuple[int, int], list[str]]
) -> list[list[str]]:
    """A table's rows from the text placed in each cell; a merged cell's text stands in
    its first slot, the slots it covers are empty, and empty rows are left out."""
    rows = []
    for i, row in enumerate(owners):
        cells = _row_cells(i, row, cell_text)
        if any(cells):
            rows.append(cells)
    return rows


def _row_cells(i: int, row: list[tuple[int, int]], cell_text: dict[tuple[int, int], list[str]]) -> list[str]:
    return [
        join_cell_lines("".join(cell_text.get((i, j), ()))) if row[j] == (i, j) else ""
        for j in range(len(row))
    ]


def merged_slots(
    owners: list[list[tuple[int, int]]], cell_text: dict[tuple[int, int], list[str]]
) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Each row's slots covered by a cell merged down from a row above (no rule drawn between
    them: the cell's text printed in the row above's slot), by the row's cells as table_rows
    reads them; rows without any are left out."""
    out = {}
    for i, row in enumerate(owners):
        below = tuple(j for j, owner in enumerate(row) if owner[0] < i)
        if below:
            out[tuple(_row_cells(i, row, cell_text))] = below
    return out


def row_breaks(
    xs: list[float],
    owners: list[list[tuple[int, int]]],
    cell_text: dict[tuple[int, int], list[str]],
    shapes: dict[tuple[int, int], list[Printed | None]],
) -> dict[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """Each row's cells' paragraph breaks (pdf_cell_breaks), by the row's cells as table_rows
    reads them; rows without any are left out."""

    def span(owner: tuple[int, int]) -> tuple[int, int]:
        row = owners[owner[0]]
        return owner[1], max(j for j in range(len(row)) if row[j] == owner)

    edges = column_edges(shapes, span, xs)
    out = {}
    for i, row in enumerate(owners):
        breaks = tuple(
            cell_breaks(cell_text.get((i, j), []), shapes.get((i, j)), edges.get(span((i, j))[1]))
            if row[j] == (i, j)
            else ()
            for j in range(len(row))
        )
        if any(breaks):
            out[tuple(_row_cells(i, row, cell_text))] = breaks
    return out


class _Placer:
    """Puts a table page's text into the cells it lies in (see assign_chars)."""

    def __init__(self, tables: list[PdfTable], textpage, text: str):
        self.tables, self.raw_tp, self.text = tables, textpage.raw, text
        self.owners = [cell_owners(t) for t in tables]
        self.neg_ys = [[-v for v in t.ys] for t in tables]
        self.grids = grids(tables, self.owners)
        self.cell_text: list[dict[tuple[int, int], list[str]]] = [{} for _ in tables]
        # each cell's printed lines measured (None: a line placed word by word)
        self.shapes: list[dict[tuple[int, int], list[Printed | None]]] = [{} for _ in tables]
        self.where: dict[int, int] = {}
        # a word outside the box round all the tables is dropped at once
        self.x_lo, self.x_hi = min(t.left for t in tables), max(t.right for t in tables)
        self.y_lo, self.y_hi = min(t.bottom for t in tables), max(t.top for t in tables)

    def line(self, first: int, last: int, end: int) -> None:
        """Place text[first:last + 1], the printed line, with what follows it up to `end`."""
        rects = self._rects(first, last)
        place = line_place(self.grids, rects) if rects else None
        if place is not None:
            self._put(place, first, end, rects)
            return
        words = [(m.start(), m.end() - 1) for m in _WORD.finditer(self.text, first, last + 1)]
        self._words(words, 0, len(words), end, rects)

    def _rects(self, first: int, last: int) -> list[Box]:
        return text_rects(self.raw_tp, first, last - first + 1)

    def _put(self, place, first: int, end: int, rects: list[Box]) -> None:
        if place is not _OUTSIDE:
            k, owner = place
            self.cell_text[k].setdefault(owner, []).append(self.text[first:end])
            self.shapes[k].setdefault(owner, []).append(self._measure(first, end, rects))
            self.where[first] = k

    def _measure(self, first: int, end: int, rects: list[Box]) -> Printed | None:
        """Where the printed line ends and how wide its first word is."""
        word = _WORD.search(self.text, first, end)
        boxes = text_rects(self.raw_tp, word.start(), word.end() - word.start()) if word else []
        if not rects or not boxes:
            return None
        left, right = min(b.left for b in boxes), max(b.right for b in boxes)
        height = max(b.top for b in boxes) - min(b.bottom for b in boxes)
        return Printed(min(r.left for r in rects), max(r.right for r in rects), right - left, height)

    def _words(self, words: list[tuple[int, int]], a: int, b: int, end: int, rects: list[Box]) -> None:
        """Place words[a:b] (their text runs to `end`), whose boxes `rects` span cells: cut
        them where the boxes change cell and check each part, else word by word."""
        cut = self._cut(words, a, b, rects) if b - a > 2 else None
        if cut is None:
            for w in range(a, b):
                self._word(words[w][0], words[w + 1][0] if w + 1 < b else end)
            return
        for lo, hi in ((a, cut), (cut, b)):
            stop = words[hi][0] if hi < b else end
            part = self._rects(words[lo][0], words[hi - 1][1])
            place = line_place(self.grids, part) if part else None
            if place is not None:
                self._put(place, words[lo][0], stop, part)
            else:
                self._words(words, lo, hi, stop, part)

    def _cut(self, words: list[tuple[int, int]], a: int, b: int, rects: list[Box]) -> int | None:
        """The word where the first box in another cell than the first box begins."""
        places = [line_place(self.grids, [r]) for r in rects]
        if not places or places[0] is None:
            return None
        for r, place in zip(rects[1:], places[1:]):
            if place is None:
                return None
            if place != places[0]:
                index = char_at(self.raw_tp, r.left + 0.01, (r.bottom + r.top) / 2, 0.5, 0.5)
                cut = bisect.bisect_right(words, (index, float("inf")), a, b) - 1
                return cut if a < cut < b else None
        return None

    def _word(self, index: int, stop: int) -> None:
        box = char_box(self.raw_tp, index)
        if box is None:
            return
        y = (box.bottom + box.top) / 2
        if not self.y_lo <= y <= self.y_hi:
            return
        x = (box.left + box.right) / 2
        if not self.x_lo <= x <= self.x_hi:
            return
        for k, t in enumerate(self.tables):
            if t.left <= x <= t.right and t.bottom <= y <= t.top:
                j = min(max(bisect.bisect_right(t.xs, x) - 1, 0), len(t.xs) - 2)
                i = min(max(bisect.bisect_right(self.neg_ys[k], -y) - 1, 0), len(t.ys) - 2)
                self.cell_text[k].setdefault(self.owners[k][i][j], []).append(self.text[index:stop])
                self.shapes[k].setdefault(self.owners[k][i][j], []).append(None)  # (not measured)
                self.where[index] = k
                return
