"""Newspaper columns: a page whose text runs down a left column and on at the top of a right one.

Learning briefings and newsletters set their body in two columns of running prose side by
side, often below a title set across the page. Such a page is read column by column: the
left column to its foot, then the right column from its top, so a paragraph (a
recommendation) broken by the column break reads whole and in order, and nothing on one
side is taken for a cell of a table whose other cells stand on the other side.

The page's printed lines are measured (left and right edge, baseline); the gutter is the
stretch of x in the middle of the text that the fewest lines cross. Lines crossing it (a
title, a footer) stay full width and cut the page into strips; a strip is set in newspaper
columns when

* each side holds at least a few lines, all starting at one edge (a bullet's or a hanging
  label's text stands a little in from it) and most of them running across the side, as
  prose does;
* the two sides are about as wide as each other;
* their lines do not share baselines line for line: a table's cells on both sides of a
  wide gap start each row on one baseline, while two columns of prose drift apart at every
  heading and paragraph break;
* PDFium's reading order takes one side after the other, not back and forth (a table is
  printed row by row, crossing the gap at every row).

A page that does not pass keeps PDFium's order. On one that does, pdf_page searches each
column for unruled tables on its own, and a table row the column break split (a hanging
label's paragraph read as a row) is finished by the next column's first row. Everything here works on one box per
printed line; nothing is done character by character.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from dhrparse.readers.pdfium_raw import char_box, char_origin

_MIN_SIDE_LINES = 4  # lines each column of a strip holds
_MIN_GUTTER = 8.0  # points of clear space between the columns
_HANG = 36.0  # points: a bullet's text or a hanging label's paragraph stands this far in
_SAME_BASELINE = 1.0  # points: two lines this close share a baseline
_MAX_SHARED = 0.5  # share of a side's lines level with a line across the gap, beyond: a table
_MIN_RUNNING = 0.5  # a prose line's median width, as a share of its column's width
_MIN_WIDTH_RATIO = 0.6  # the narrower column's width as a share of the wider one's
_MAX_SWITCHES = 2  # times PDFium's reading order may cross the gutter within one strip
_FAR_RIGHT = 120.0  # points right of the page's left edge a right column's lines start


class LineBox(NamedTuple):
    """Where a printed line stands: its left and right edge and its first baseline."""

    x0: float
    x1: float
    y: float


def may_have_columns(lefts: list[float]) -> bool:
    """A cheap first look from the lines' left edges that are known: some start at the
    page's left edge and some far right of it, as a right column's do."""
    if len(lefts) < 2 * _MIN_SIDE_LINES:
        return False
    margin = min(lefts)
    far = sum(1 for x in lefts if x > margin + _FAR_RIGHT)
    return far >= _MIN_SIDE_LINES and len(lefts) - far >= _MIN_SIDE_LINES


def line_boxes(textpage_raw, spans: list[tuple[int, int]]) -> list[LineBox | None]:
    """Each printed line's box from its first and last character (None when PDFium has no
    box for either): two calls a line."""
    out: list[LineBox | None] = []
    for first, last in spans:
        a, b = char_box(textpage_raw, first), char_box(textpage_raw, last)
        if a is None or b is None:
            out.append(None)
            continue
        origin = char_origin(textpage_raw, first)
        out.append(LineBox(min(a.left, b.left), max(a.right, b.right), origin[1] if origin else a.bottom))
    return out


class Block(NamedTuple):
    """A run of the page's lines read together: indexes into the page's lines, and which
    newspaper column it is (FULL for lines read in PDFium's order outside the columns)."""

    lines: list[int]
    column: int


FULL, LEFT_COLUMN, RIGHT_COLUMN = 0, 1, 2


def column_blocks(boxes: list[LineBox | None]) -> list[Block] | None:
    """The page's lines (indexes into `boxes`, which are in PDFium's reading order) as
    blocks in reading order: each strip in newspaper columns as its left column, then its
    right column; the other lines in PDFium's order, a block per run between them. None
    when no strip of the page is set in newspaper columns."""
    known = [b for b in boxes if b is not None]
    if len(known) < 2 * _MIN_SIDE_LINES:
        return None
    cut = gutter(known)
    if cut is None:
        return None
    # a line crossing the gutter (or not measured) is full width and cuts the page into strips
    full = sorted(b.y for b in boxes if b is None or b.x0 < cut < b.x1)
    strips: dict[int, tuple[list[int], list[int]]] = {}
    strip_of: list[int | None] = []
    for k, b in enumerate(boxes):
        if b is None or b.x0 < cut < b.x1:
            strip_of.append(None)
            continue
        s = bisect_left(full, b.y)  # how many full-width lines stand below it
        strip_of.append(s)
        left, right = strips.setdefault(s, ([], []))
        (left if b.x1 <= cut else right).append(k)
    chosen = {s for s, (left, right) in strips.items() if _newspaper(left, right, boxes)}
    if not chosen:
        return None
    blocks: list[Block] = []
    done: set[int] = set()
    loose: list[int] = []
    for k, s in enumerate(strip_of):
        if s not in chosen:
            loose.append(k)
            continue
        if s in done:
            continue
        done.add(s)
        if loose:
            blocks.append(Block(loose, FULL))
            loose = []
        left, right = strips[s]
        blocks += [Block(left, LEFT_COLUMN), Block(right, RIGHT_COLUMN)]
    if loose:
        blocks.append(Block(loose, FULL))
    return blocks


def rejoin_broken_row(ended: list, opened: list) -> None:
    """A table row the column break split (a hanging-label list read as a table: "R2 | ...")
    carries on at the top of the next column as a row with nothing in its first column: its
    text finishes the last row the column before ended with, as a row split by a page break
    does. `ended` and `opened` are the two columns' printed lines (pdf_page.PageLine), read."""
    if not ended or not opened:
        return
    last, first = ended[-1], opened[0]
    if not last.cells or not last.cells[0] or not first.cells or first.cells[0] or not any(first.cells):
        return
    tail = " ".join(c for c in first.cells if c)
    cells = list(last.cells)
    k = max(j for j, c in enumerate(cells) if c)
    cells[k] = f"{cells[k]} {tail}"
    last.cells, last.text = cells, "\t".join(cells)
    if last.table is not None and last.table.rows:
        last.table.rows[-1] = list(cells)
    if first.table is not None and first.table.rows and first.table.rows[0] == first.cells:
        first.table.rows.pop(0)
    opened.pop(0)


def gutter(boxes: list[LineBox]) -> float | None:
    """The middle of the widest stretch, in the middle of the text, that the fewest lines
    cross; None when no stretch there is clear of all but a few lines."""
    left = min(b.x0 for b in boxes)
    width = max(b.x1 for b in boxes) - left
    lo, hi = int(left + 0.3 * width), int(left + 0.7 * width)
    if hi - lo < _MIN_GUTTER:
        return None
    # how many lines cover each point of the middle (a difference array: one pass a line)
    diff = [0] * (hi - lo + 2)
    for b in boxes:
        a, z = max(int(b.x0), lo), min(int(b.x1) + 1, hi + 1)
        if a < z:
            diff[a - lo] += 1
            diff[z - lo] -= 1
    cover, run = [], 0
    for d in diff[:-1]:
        run += d
        cover.append(run)
    least = min(cover)
    if least > len(boxes) // 5:
        return None
    best, start = (0, 0), None
    for i, c in enumerate([*cover, least + 1]):
        if c == least and start is None:
            start = i
        elif c != least and start is not None:
            best = max(best, (i - start, start))
            start = None
    length, at = best
    if length < _MIN_GUTTER:
        return None
    return lo + at + length / 2


def _newspaper(left: list[int], right: list[int], boxes: list[LineBox | None]) -> bool:
    if len(left) < _MIN_SIDE_LINES or len(right) < _MIN_SIDE_LINES:
        return False
    sides = [[boxes[k] for k in left], [boxes[k] for k in right]]
    widths = [_column_width(side) for side in sides]
    if None in widths or min(widths) < _MIN_WIDTH_RATIO * max(widths):
        return False
    if _shared_baselines(*sides) > _MAX_SHARED:
        return False
    order = sorted([(k, 0) for k in left] + [(k, 1) for k in right])
    switches = sum(1 for a, b in zip(order, order[1:]) if a[1] != b[1])
    return switches <= _MAX_SWITCHES


def _column_width(side: list[LineBox]) -> float | None:
    """The width of a column of running prose; None when the side is not one: its lines do
    not start at one edge, or most of them stop well short of its right edge."""
    edge = min(b.x0 for b in side)
    width = max(b.x1 for b in side) - edge
    if sum(1 for b in side if b.x0 <= edge + _HANG) < 0.9 * len(side):
        return None
    spans = sorted(b.x1 - b.x0 for b in side)
    if spans[len(spans) // 2] < _MIN_RUNNING * width:
        return None
    return width


def _shared_baselines(one: list[LineBox], other: list[LineBox]) -> float:
    """The share of the shorter side's lines standing level with a line of the other side."""
    short, long_ = (one, other) if len(one) <= len(other) else (other, one)
    ys = sorted(b.y for b in long_)
    level = 0
    for b in short:
        i = bisect_left(ys, b.y - _SAME_BASELINE)
        if i < len(ys) and ys[i] <= b.y + _SAME_BASELINE:
            level += 1
    return level / len(short)
