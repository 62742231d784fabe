"""Unruled tables: columns found from where a page's text starts, not from drawn rules.

Many authors set action plans and summary tables without borders, and a word processor
exports them to PDF with nothing drawn, so pdf_tables finds no grid. The text still
stands in columns: on a table's lines, pieces of text start at the same few x positions
(the cells' left edges), several on one baseline, line after line. PDFium prints such a
table cell by cell (joining cells that share a baseline into one printed line), so the
table is a run of printed lines in reading order whose text boxes all start at those
column edges.

This module finds those runs and rebuilds their rows: the page's column edges are the
left edges shared by baselines holding several pieces; a printed line belongs to the
table when every piece of it starts at a column edge (and a piece in the first column
ends before the second starts: a body line starting at the margin runs across it); rows
are cut where the vertical gap between baselines is wider than the line spacing inside
a cell, or where the first column starts again after a gap in it. A run whose first
column holds only list markers (bullets, "1.", "a)") is a list with a hanging indent,
not a table.

Everything here works on text boxes (one PDFium call per printed line and per box),
never character by character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dhrparse.readers.pdf_cell_text import join_cell_lines
from dhrparse.readers.pdf_tables import PdfTable
from dhrparse.readers.pdfium_raw import char_at, char_origin, text_rects

_X_TOL = 3.0  # points: pieces starting this close start at the same column edge
_MIN_BASELINES = 2  # baselines with several pieces a table needs
# what a list's first "column" holds: bullets, numbers, letters, roman numerals
_LIST_MARKER = re.compile(
    r"^(?:[•●▪◦‣⁃∙■□➢✓✔*\-–—o\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8]"
    r"|\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-zA-Z]|[ivxIVX]{1,5})[.):]?"
    # a labelled paragraph hung clear of its label ("Recommendation 2<tab>The Board should ...")
    r"|(?:Recommendation|Rec\.?)\s\d{1,2}(?:\.\d{1,2})?[.:]?)$"
)


@dataclass
class Piece:
    """A stretch of one printed line lying in one place: its text and box."""

    text: str
    x0: float
    x1: float
    y: float  # baseline
    line: int  # index of the printed line (in the page's reading order) it came from


def line_pieces(raw_tp, text: str, first: int, last: int, index: int, gap: float) -> list[Piece]:
    """The printed line text[first:last + 1] as pieces: PDFium's text boxes, those closer
    than `gap` joined (a change of font within a sentence starts a new box)."""
    merged = _boxes(raw_tp, first, last, gap)
    if not merged:
        return []
    if len(merged) == 1:
        return [
            Piece(
                text[first : last + 1].strip(),
                merged[0][0],
                merged[0][1],
                _baseline(raw_tp, first, merged[0]),
                index,
            )
        ]
    # where each later box starts in the text: the character at its left edge
    starts = [first]
    for x0, _, y0, y1 in merged[1:]:
        at = char_at(raw_tp, x0 + 0.5, (y0 + y1) / 2, 1.0, 1.0)
        starts.append(at if starts[-1] < at <= last else -1)
    if -1 in starts:
        return [
            Piece(
                text[first : last + 1].strip(),
                merged[0][0],
                merged[-1][1],
                _baseline(raw_tp, first, merged[0]),
                index,
            )
        ]
    starts.append(last + 1)
    return [
        Piece(text[a:b].strip(), m[0], m[1], _baseline(raw_tp, a, m), index)
        for a, b, m in zip(starts, starts[1:], merged)
        if text[a:b].strip()
    ]


def _boxes(raw_tp, first: int, last: int, gap: float) -> list[list[float]]:
    """PDFium's text boxes of text[first:last + 1] as [x0, x1, bottom, top], each joined to
    the one before when closer than `gap` on the same baseline."""
    merged: list[list[float]] = []
    for x0, y0, x1, y1 in text_rects(raw_tp, first, last - first + 1):
        m = merged[-1] if merged else None
        if m is not None and x0 - m[1] < gap and abs(y0 - m[2]) < gap:
            m[1], m[3] = max(m[1], x1), max(m[3], y1)
        else:
            merged.append([x0, x1, y0, y1])
    return merged


def _baseline(raw_tp, index: int, box) -> float:
    """The baseline under a piece's first character: a box's bottom moves with descenders
    ("agency" sits lower than "IDVA"), the baseline does not."""
    origin = char_origin(raw_tp, index)
    return origin[1] if origin is not None else box[2]


def _cluster(values: list[float], tol: float) -> list[list[float]]:
    groups: list[list[float]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tol:
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def _baselines(pieces: list[Piece], tol: float) -> list[list[Piece]]:
    """Pieces grouped by baseline, top of the page first, each left to right."""
    out: list[list[Piece]] = []
    for p in sorted(pieces, key=lambda p: -p.y):
        if out and abs(out[-1][0].y - p.y) <= tol:
            out[-1].append(p)
        else:
            out.append([p])
    for b in out:
        b.sort(key=lambda p: p.x0)
    return out


def column_edges(pieces: list[Piece], size: float) -> list[float]:
    """Left edges shared by at least two baselines that hold several pieces apart."""
    seen: list[float] = []
    for base in _baselines(pieces, 0.35 * size):
        apart = [p for k, p in enumerate(base) if k == 0 or p.x0 - base[k - 1].x1 > 0.8 * size]
        if len(apart) >= 2:
            seen.extend(dict.fromkeys(round(p.x0, 1) for p in apart))
    return [sum(g) / len(g) for g in _cluster(seen, _X_TOL) if len(g) >= _MIN_BASELINES]


def _column(edges: list[float], x: float) -> int | None:
    for j, e in enumerate(edges):
        if abs(x - e) <= _X_TOL:
            return j
    return None


def _in_table(pieces: list[Piece], edges: list[float]) -> bool:
    cols = [_column(edges, p.x0) for p in pieces]
    if None in cols:
        return False
    if len(pieces) == 1 and cols[0] == 0:
        # a first-column cell line ends before the next column; a body line runs across it
        return len(edges) > 1 and pieces[0].x1 < edges[1] - 0.5 * _X_TOL
    return True


@dataclass
class Found:
    """An unruled table: the printed lines [start, end) it replaces, and its rows."""

    start: int
    end: int
    table: PdfTable


def _spanning(pieces: list[Piece], edges: list[float]) -> bool:
    """A line of a cell merged across the table: it starts at the first column's edge and
    runs over the next."""
    return len(pieces) == 1 and _column(edges, pieces[0].x0) == 0 and pieces[0].x1 >= edges[1]


def find_unruled(lines: list[list[Piece]], size: float) -> list[Found]:
    """The unruled tables among a page's printed lines (each given as its pieces)."""
    edges = column_edges([p for ps in lines for p in ps], size)
    if len(edges) < 2:
        return []
    found: list[Found] = []
    k = 0
    while k < len(lines):
        if not lines[k] or not _in_table(lines[k], edges):
            k += 1
            continue
        end = k
        lowest = min(p.y for p in lines[k])
        # the run ends at a line that does not start at the column edges, or at one far below
        # the table's last line (a page number in the footer starts at the margin too)
        while end < len(lines) and lines[end]:
            near = max(p.y for p in lines[end]) > lowest - 3 * size
            if _in_table(lines[end], edges) and near:
                lowest = min(lowest, min(p.y for p in lines[end]))
                end += 1
                continue
            # a merged cell spanning the table (a recommendation printed across a plan) is
            # part of it when table rows follow it closely
            span = end
            while (
                span < len(lines)
                and lines[span]
                and _spanning(lines[span], edges)
                and max(p.y for p in lines[span]) > min(p.y for p in lines[span - 1]) - 2.5 * size
            ):
                span += 1
            if (
                not near
                or span == end
                or _reads_as_list(lines[k:end], edges)
                or span >= len(lines)
                or not lines[span]
                or not _in_table(lines[span], edges)
                or max(p.y for p in lines[span]) < min(p.y for p in lines[span - 1]) - 3 * size
            ):
                break
            lowest = min(lowest, min(p.y for ps in lines[end : span + 1] for p in ps))
            end = span + 1
        table = _table([p for ps in lines[k:end] for p in ps], edges, size)
        if table is not None:
            found.append(Found(k, end, table))
        k = end
    return found


def _reads_as_list(lines: list[list[Piece]], edges: list[float]) -> bool:
    """Lines so far that are a hanging-indent list (every line with text in two columns opens
    with a list marker or a label): a line spanning the page after them is the heading or
    paragraph that follows the list, not a merged cell of a table continuing below it."""
    openers = [ps[0].text for ps in lines if len({_column(edges, p.x0) for p in ps}) >= 2]
    return bool(openers) and all(_LIST_MARKER.match(t) for t in openers)


def _paragraph_apart(gap: float, pitch: float, size: float) -> bool:
    """A baseline opening the first column below one that opened it too, further down than the
    table's line spacing by a paragraph's space ("January 2021 <tab> ...", "Early March 2021
    <tab> ...": a hanging-indent list of one-line entries): the next row, not the first cell's
    next line (a wrapped cell's lines follow at the line spacing)."""
    return pitch >= size and gap > pitch + 0.2 * size


def _table(pieces: list[Piece], edges: list[float], size: float) -> PdfTable | None:
    bases = _baselines(pieces, 0.35 * size)
    used = sorted({_column(edges, p.x0) for p in pieces})
    multi = sum(1 for b in bases if len({_column(edges, p.x0) for p in b}) >= 2)
    # one line across three or more of the page's columns is a table's row too (the first
    # part of a row the page break split)
    if multi < _MIN_BASELINES and not (multi == 1 and len(used) >= 3):
        return None
    # what opens each line that has text in several columns: list markers all through mean a
    # list with a hanging indent (its items may nest, one indent in per level)
    openers = [b[0].text for b in bases if len({_column(edges, p.x0) for p in b}) >= 2]
    if len(used) < 2 or all(_LIST_MARKER.match(t) for t in openers):
        return None
    cols = [edges[j] for j in used]
    gaps = [a[0].y - b[0].y for a, b in zip(bases, bases[1:])]
    pitch = min(gaps) if gaps else size
    firsts = [any(_column(edges, p.x0) == used[0] for p in base) for base in bases]
    # no baseline follows another at a line's spacing and each opens the first column: every
    # row is one line high
    single = pitch > 1.35 * size and all(firsts)
    rows: list[list[list[str]]] = []
    prev_first = False
    for k, base in enumerate(bases):
        has_first = firsts[k]
        new_row = (
            k == 0
            or single
            or gaps[k - 1] > 1.4 * pitch
            or (has_first and (not prev_first or _paragraph_apart(gaps[k - 1], pitch, size)))
        )
        if new_row:
            rows.append([[] for _ in cols])
        for p in base:
            rows[-1][cols.index(edges[_column(edges, p.x0)])].append(p.text)
        prev_first = has_first
    texts = [[join_cell_lines("\n".join(cell)) for cell in row] for row in rows]
    left = min(p.x0 for p in pieces)
    right = max(p.x1 for p in pieces)
    # xs are the column edges only: a table continued on the next page starts its columns
    # at the same edges, while its right edge depends on the text
    return PdfTable(
        left=left,
        bottom=min(p.y for p in pieces),
        right=right,
        top=max(p.y for p in pieces),
        xs=cols,
        ys=[],
        rows=[r for r in texts if any(r)],
    )
