"""A "No. | Recommendation | Organisation" table exported as text one cell to a line: each
recommendation arrives as a lone number line, the recommendation's paragraph, then the body
named in the organisation column. The lone numbers fall out of the blocks (they look like page
numbers), so they are read back here from the lines: a run of items each straight after a
number line, counting up one at a time, and each followed by a short body's name.

Plain pdftotext also prints such a table column by column: the whole number column first
(every number, one a line, under "No."), then the lead-in and the header cell, then every
recommendation's text. A run of unnumbered items below such a column, as many as it has
numbers and with nothing but the lead-in and header cells between, takes them in order.

A code column ("R-GP-01", "R-PROB-01") printed whole the same way, each code alone on its line
(the agency column's names may print between them), codes the rows in the order it prints.

Printed a line at a time across its cells (the number alone, then the recommendation's first
line, the organisation's first line, the recommendation's second line ...), the organisation's
lines run into the recommendation's paragraph and no short name follows it. The numbers alone
then decide, in a longer run: from 1, counting up one row at a time (an item printing its own
number, "3 The Trust should ...", counts in the run), each printed straight above its item on
the same page and not the page's first line (a page number), and each item's lines parted by
the blank lines the organisation's lines left (a paragraph printed whole under a lone number
is not such a row)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading

_NUMBER_CELL = re.compile(r"^\s*(\d{1,2})\.?\s*$")
_MIN_RUN = 2  # one number before one paragraph is as likely a page number
_MIN_BARE_RUN = 3  # numbers counting up from 1 with no organisation cell to confirm each


def number_cells(r: Reading, items: list[Item]) -> None:
    """Give each item of such a run the number printed in its row's number cell."""
    covered = _Spans((b.line_start, b.line_end) for b in r.blocks)
    cells = [_number_before(r, covered, it) if it.ref is None and it.blocks else None for it in items]
    run: list[int] = []
    for k, number in enumerate(cells + [None]):
        if (
            number is not None
            and (not run or number == cells[run[-1]] + 1)
            and _organisation_after(r, items[k])
        ):
            run.append(k)
            continue
        if len(run) >= _MIN_RUN:
            for j in run:
                items[j].ref = str(cells[j])
        run = [k] if number is not None and _organisation_after(r, items[k]) else []
    _counted_rows(r, covered, items)
    _columns_printed_whole(r, covered, items)


def _counted_rows(r: Reading, covered: _Spans, items: list[Item]) -> None:
    """Number a run of rows whose organisation ran into their paragraphs: each unnumbered item
    straight under a lone number, the numbers (with the items' own) counting up from 1. An item
    with no number at all (a cell's second paragraph) neither counts nor breaks the run."""
    counted: list[tuple[int, int, bool]] = []  # (item, number, from the number cell)
    for k, it in enumerate(items):
        if not it.blocks:
            continue
        if it.ref is not None:
            if it.ref.isdigit():
                counted.append((k, int(it.ref), False))
            elif counted:
                _take(items, counted)
                counted = []
            continue
        cell = _cell_above(r, covered, it) if _across_cells(it) else None
        if cell is not None:
            counted.append((k, cell, True))
    _take(items, counted)


def _take(items: list[Item], counted: list[tuple[int, int, bool]]) -> None:
    """The refs of the longest stretch from 1 counting up by one, when it is long enough."""
    run: list[tuple[int, int, bool]] = []
    for entry in counted + [(-1, 0, False)]:
        if run and entry[1] == run[-1][1] + 1:
            run.append(entry)
            continue
        if len(run) >= _MIN_BARE_RUN and sum(cell for _, _, cell in run) >= _MIN_RUN:
            for k, number, cell in run:
                if cell:
                    items[k].ref = str(number)
        run = [entry] if entry[1] == 1 else []


def _across_cells(item: Item) -> bool:
    """The item's paragraph was printed a line at a time across the row's cells: blank lines
    part its lines where the organisation's lines printed between them (a number line alone
    above a paragraph printed whole proves no row)."""
    lines = item.blocks[0].lines
    return len(lines) > 1 and lines[-1] - lines[0] + 1 > len(lines)


def _cell_above(r: Reading, covered: _Spans, item: Item) -> int | None:
    """The lone number printed straight above the item on its page, not the page's first line."""
    first = r.lines.get(item.blocks[0].line_start)
    n = item.blocks[0].line_start - 1
    while n > 0 and not _raw(r, n).strip():
        n -= 1
    m = _NUMBER_CELL.match(_raw(r, n))
    cell = r.lines.get(n)
    if m is None or n in covered or cell is None or first is None or cell.page != first.page:
        return None
    above = n - 1
    while above > 0 and not _raw(r, above).strip():
        above -= 1
    line_above = r.lines.get(above)
    return int(m.group(1)) if line_above is not None and line_above.page == cell.page else None


def _columns_printed_whole(r: Reading, covered: _Spans, items: list[Item]) -> None:
    """Number each run of unnumbered items from a whole reference column printed above it (the
    column's header cells, "No.", "Recommendation", may read as headings: only the item before
    the run bounds the search), else from a column printed in pieces among the run's lines."""
    k, counted = 0, 0  # (the last number a column gave: a column continued over a page counts on)
    while k < len(items):
        end = k
        while end < len(items) and items[end].ref is None and items[end].blocks:
            end += 1
        if end - k >= _MIN_RUN:
            floor = items[k - 1].blocks[-1].line_end if k and items[k - 1].blocks else 0
            cells = _whole_column(r, covered, items[k:end], floor, counted)
            if cells is None and not floor and items[k].source:
                # (a first run's column printed under its region's heading: a lone figure above
                # the heading, a facts strip's age, is none of its numbers)
                cells = _whole_column(r, covered, items[k:end], items[k].source, counted)
            if cells is not None:
                for item, cell in zip(items[k:end], cells, strict=True):
                    item.ref = cell
                counted = int(cells[-1]) if cells[-1].isdigit() else 0
        k = max(end, k + 1)


def _whole_column(r: Reading, covered: _Spans, run: list[Item], floor: int, counted: int) -> list[str] | None:
    """The run's refs from a column printed whole above it, else in pieces among its lines."""
    cells = _column_above(r, covered, run[0].blocks[0].line_start, floor)
    if cells is None or len(cells) != len(run):
        cells = _column_among(r, run, floor, counted)
    return cells if cells is not None and len(cells) == len(run) else None


def _column_among(r: Reading, run: list[Item], floor: int, counted: int) -> list[str] | None:
    """The numbers of a column plain pdftotext printed in pieces: a row's lone number before
    the texts, the next rows' after a text or inside its lines ("1", texts 1-4, "2" "3" "4"),
    as the rows' heights fell. Every lone number line from `floor` to the run's last line, one
    a row, counting up one at a time from 1 or from the number the column before the page
    break ended on (a table continued after a repeated header); a page's own number (its last
    line) is none of them."""
    last = run[-1].blocks[-1].line_end
    numbers = []
    for n in range(floor + 1, last + 1):
        m = _NUMBER_CELL.match(_raw(r, n))
        if m and not _page_number(r, n):
            numbers.append(int(m.group(1)))
    for start in {1, counted + 1}:
        if len(numbers) == len(run) and numbers == list(range(start, start + len(run))):
            return [str(n) for n in numbers]
    return None


def _page_number(r: Reading, n: int) -> bool:
    """Line n is its page's last printed line (where a page number prints)."""
    here = r.lines.get(n)
    after = n + 1
    while after <= n + _PAGE_GAP and not _raw(r, after).strip():
        after += 1
    nxt = r.lines.get(after)
    return here is None or nxt is None or nxt.page != here.page


_PAGE_GAP = 4  # blank lines between a page's number and the next page's first line, at most
_COLUMN_REACH = 40  # lines between a number column and the texts it numbers, at most
_LETTER_CELL = re.compile(r"^\s*\(?([A-Za-z])[.)]?\s*$")


def _column_above(r: Reading, covered: _Spans, first: int, floor: int) -> list[str] | None:
    """The references of a column printed whole between `floor` and line `first`: lone number
    lines no block holds, or lone letters, when they are 1, 2, 3 ... or a, b, c ... with none
    missing (a column, not a stray page number). They are given in order: the export may
    print a taller row's cell late ("A", "B", "D", "C"), but a table's rows count up."""
    numbers, letters, codes = [], [], []
    for n in range(max(floor + 1, first - _COLUMN_REACH), first):
        raw = _raw(r, n)
        m = _NUMBER_CELL.match(raw)
        if m and n not in covered:
            numbers.append(int(m.group(1)))
        elif (m := _LETTER_CELL.match(raw)) is not None:
            letters.append(m.group(1))
        elif (code := _code_cell(r, raw)) is not None:
            if n in r.plan_codes:
                return None  # (a plan's Code column over its rows' cells: plan_code_rows)
            codes.append(code)
    if codes:
        return _code_column(codes, numbers, letters)
    if numbers and letters:
        return None
    if numbers:
        return [str(n) for n in numbers] if numbers == list(range(1, len(numbers) + 1)) else None
    base = "A" if letters and letters[0].isupper() else "a"
    ordered = sorted(letters)
    if len(ordered) < _MIN_RUN or ordered != [chr(ord(base) + k) for k in range(len(ordered))]:
        return None
    return ordered


def _code_cell(r: Reading, raw: str) -> str | None:
    """A code column's cell: a recommendation's code alone on its line ("R-PROB-01", "R4")."""
    m = r.label_match(raw, True) if raw.strip() else None
    return m.ref if m is not None and m.code and m.ref and not m.rest else None


def _code_column(codes: list[str], numbers: list[int], letters: list[str]) -> list[str] | None:
    """A column of codes, each printed once, in the order its rows print; a lone letter among
    them leaves it unread, as does a number column beside it (whose would the rows be?)."""
    if letters or len(set(codes)) < len(codes) or len(codes) < _MIN_RUN:
        return None
    if numbers and numbers == list(range(1, len(numbers) + 1)):
        return None
    return codes


def _raw(r: Reading, n: int) -> str:
    """Line n as read (its text where that is empty), "" where no line has the number."""
    ln = r.lines.get(n)
    return (ln.raw or ln.text or "") if ln is not None else ""


class _Spans:
    """Which line numbers some block's range holds: the ranges merged and searched by bisect
    (a set of every covered number would hold a long report's ~1 M numbers)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]):
        # merged when first asked, as few documents print a lone number before an item; and
        # straight into the two lists: the sorted ranges and a list per merged range, as many
        # as a long report's blocks, were a third of this stage's peak (issue 17)
        self._ranges: Iterable[tuple[int, int]] | None = ranges
        self.starts: list[int] = []
        self.ends: list[int] = []

    def _merge(self, ranges: Iterable[tuple[int, int]]) -> None:
        for start, end in sorted(ranges):
            if self.ends and start <= self.ends[-1] + 1:
                self.ends[-1] = max(self.ends[-1], end)
            elif start <= end:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, n: int) -> bool:
        if self._ranges is not None:
            ranges, self._ranges = self._ranges, None
            self._merge(ranges)
        i = bisect.bisect_right(self.starts, n) - 1
        return i >= 0 and n <= self.ends[i]


def _number_before(r: Reading, covered: _Spans, item: Item) -> int | None:
    """The lone number on the last non-blank line before the item, when no block holds it."""
    n = item.blocks[0].line_start - 1
    while n > 0 and not _raw(r, n).strip():
        n -= 1
    m = _NUMBER_CELL.match(_raw(r, n))
    return int(m.group(1)) if m and n not in covered else None


def _organisation_after(r: Reading, item: Item) -> bool:
    """The row's organisation cell: the block after the item is a short body's name."""
    end = item.blocks[-1].line_end
    nxt = next((b for b in r.blocks if b.line_start > end), None)
    if nxt is None:
        return False
    text = nxt.text.strip()
    return len(text.split()) <= 12 and not text.endswith(".") and r.actors.is_body(text.split(" – ")[0])
