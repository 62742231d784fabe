"""Plans printed without table cells, turned into table rows the plan reader reads like any other.

Two printed forms carry a table without tab or PDF/DOCX cells:
- columns side by side, as a layout-preserving PDF-to-text export prints them (pdftotext
  -layout): a header whose column names are separated by runs of spaces, each cell's wrapped
  text continuing on the following lines at its own column's position;
- a block of labelled fields per action ("Recommendation 1: ..." / "Action: ..." / "Lead: ..."
  / "Target date: ..." / "Status: ...").
Both become Lines with `cells`, one per printed line: a header row naming the columns, then
rows whose first line holds the ref (or opens the block) and whose other lines hold only the
text that continues a cell, so the one plan interpreter assigns the column roles and
assembles the rows. Every printed line keeps its own Line (number, page).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan.hanging_indents import marks_item
from dhrparse.plan.layout_bands import agency_band
from dhrparse.plan.page_columns import UNPLACED, page_starts, unplaced_row
from dhrparse.plan.printed_header import (
    REF_CELL,
    SLACK,
    PrintedHeader,
    column_of,
    segments,
)
from dhrparse.plan.shifted_dates import date_opening
from dhrparse.plan.tables import ColumnMap
from dhrparse.sentence_ends import SENTENCE_CELL_END as _SENTENCE_END

LOOKAHEAD = 40  # lines below a header whose text positions tell where its columns start


CONTINUES = "continues"  # hint of a cell row that continues the row above (no ref column tells)
OPENS_ROW = "opens row"  # hint of a cell row that opens a row of its own (no ref column tells)


def _opens_row(above: list[str] | None, cells: list[str]) -> bool:
    """In a table without a ref column, a line printed straight under the row above opens a row
    of its own when the first cell above ended its sentence and this one opens a new one in
    more than one column (a wrapped cell carries on mid-sentence, mostly in one column). A line
    whose other cells all carry theirs on in lower case ("script so that the address") is the
    row's next line, its first cell's capital opening the sentence after a title ("1. Checking
    the history." / "Tarnby Police should ...")."""
    if not above or not above[0] or not cells[0]:
        return False
    others = [c for c in cells[1:] if c]
    if _carried_on(above, cells):
        return False
    return bool(_SENTENCE_END.search(above[0])) and cells[0][:1].isupper() and len(others) >= 1


_ITEM_NUMBER = regex.compile(r"^\(?\d+(?:\.\d+)+\b")  # "1.2 Dip sample ...": an action's own number


def _carried_on(above: list[str], cells: list[str]) -> bool:
    """The line's other cells carry the row's cells on: one goes on in lower case ("script so
    that the address"), and each opening with a capital goes on a cell printed straight above
    it (a lead's name wrapped: "Tarnby Integrated" / "Care Board"), none an action's number."""
    pairs = [(a, c) for a, c in zip(above[1:], cells[1:]) if c]
    if not any(c[:1].islower() for _, c in pairs):
        return False
    return all(c[:1].islower() or (a and not _ITEM_NUMBER.match(c)) for a, c in pairs)


def cells_line(ln: Line, cells: list[str], continues: bool = False, opens: bool = False) -> Line:
    hint = CONTINUES if continues else OPENS_ROW if opens else ln.hint
    return replace(ln, text="\t".join(cells), cells=cells, hint=hint)


class SideBySide:
    """Whitespace-aligned columns to cell rows."""

    def __init__(
        self,
        cm: ColumnMap,
        heading_lines: set[int],
        band: regex.Pattern | None = None,
        section: Callable[[str], object] | None = None,
        agency_words: set[str] | None = None,
        letters: dict[int, list[int]] | None = None,
    ):
        """`band`: a line printed across the whole table that stays in it (a recommendation
        printed as a merged row over its actions: "Recommendation 2: The council should ...").
        `section`: whether a line printed across the table names a part of the plan ("Overview
        report recommendations", "Single agency recommendations – <agency>"): the table goes on
        under it, and the line stays a line of its own for the plan reader to open the part."""
        self.cm, self.heading_lines, self.band = cm, heading_lines, band
        self.section = section
        self.agency_words = agency_words or set()  # (an agency's band across the table: plan.layout_bands)
        self.head = PrintedHeader(cm, heading_lines, self.section_line)
        self.letters = letters  # (a spreadsheet print's letters row by page: plan.sheet_letters)
        self.warnings: list[tuple[str, Line]] = []  # (rows on a page whose columns moved untold)

    def section_line(self, ln: Line) -> bool:
        """A line printed across the table naming a part of the plan."""
        return (
            self.section is not None
            and ln.cells is None
            and len(segments(ln.raw)) == 1
            and bool(self.section(ln.text.strip()))
        )

    def header(self, ln: Line) -> list[tuple[int, str]] | None:
        """The column names a header line prints, each with where it starts (None: no header)."""
        return self.head.find(ln)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i = 0
        while i < len(lines):
            segs = self.header(lines[i]) if "  " in lines[i].raw else None
            if segs is None:
                out.append(lines[i])
                i += 1
                continue
            i = self._table(lines, i, segs, out)
        return out

    def _table(self, lines: list[Line], i: int, segs: list[tuple[int, str]], out: list[Line]) -> int:
        """One table printed side by side, from its header at `i`: header lines, then body rows
        as cells under the header's columns. Returns the index after the table."""
        starts = [s for s, _ in segs]
        names = [t for _, t in segs]
        j, extra_header = self.head.continued(lines, i + 1, starts, names)
        starts, names = self.head.aligned(starts, names, lines[j : j + LOOKAHEAD])
        body_end, bands = self._body_end(lines, j, (starts, [s for s, _ in segs]))
        out.append(cells_line(lines[i], names))
        out.extend(cells_line(ln, [""] * len(names)) for ln in extra_header)
        self.opens_date = date_opening(self.cm, names)
        self._body_rows(lines[j:body_end], (starts, [s for s, _ in segs]), names, bands, out)
        return body_end

    def _body_end(
        self, lines: list[Line], j: int, columns: tuple[list[int], list[int]]
    ) -> tuple[int, set[int]]:
        """Where the table's body ends, and the lines printed across it as one cell (bands).
        A header repeated on a new page at other positions moves the columns the rows below
        it are measured against, as `_body_rows` reads them."""
        starts, header_at = columns
        body_end = j
        bands: set[int] = set()
        page = lines[j].page if j < len(lines) else None
        while (
            body_end < len(lines)
            and (
                self._band_line(lines, body_end, bands, starts)
                or self.section_line(lines[body_end])
                or self._agency_band(lines, body_end, starts)
                or self._in_table(lines[body_end], starts)
            )
            and not self._titles_next(lines, body_end)
            and not self._page_foot(lines, body_end)
        ):
            repeated = self.header(lines[body_end])
            if repeated is not None:
                starts, header_at = _moved(starts, header_at, repeated)
            body_end += 1
            if body_end < len(lines) and lines[body_end].page != page:
                starts, page = (
                    page_starts(lines, body_end, starts, self.header, self.letters),
                    lines[body_end].page,
                )
        return body_end, bands

    def _body_rows(
        self,
        body: list[Line],
        columns: tuple[list[int], list[int]],
        names: list[str],
        bands: set[int],
        out: list[Line],
    ) -> None:
        """`columns`: where the cells start, and where the header printed its names."""
        starts, header_at = columns
        has_ref_column = (
            names[0] == ""
            or self.cm.field_of(names[0]) == "ref"
            or _numbers_firstcolumn_of(body, starts, bands)
        )
        previous = None
        in_header = False
        printed = list(names)
        page = body[0].page if body else None  # (a new page may set the columns afresh: plan.page_columns)
        for k, ln in enumerate(body):
            if ln.page != page:
                starts, page = page_starts(body, k, starts, self.header, self.letters), ln.page
                if (unplaced := unplaced_row(body, k, starts, self.header)) is not None:
                    self.warnings.append((UNPLACED, unplaced))  # (read as printed, told)
            if self.section_line(ln) or self._agency_band(body, k, starts):
                out.append(ln)
                previous, in_header = None, False
                continue
            repeated = self.header(ln)
            if repeated is not None:  # the header repeated on a new page, maybe at other positions
                out.append(cells_line(ln, list(names)))
                previous, in_header = None, True
                if len(repeated) == len(header_at):
                    starts, header_at = _moved(starts, header_at, repeated)
                    printed = [t for _, t in repeated]
                continue
            segs = _marks_joined(segments(ln.raw))
            if in_header and self.head.words_under(ln, starts, printed):
                out.append(cells_line(ln, [""] * len(names)))  # its words under their columns
                self.head.add_words(ln, starts, printed)  # (a word cut in two goes on below)
                continue
            in_header = False
            cells = _line_cells(ln, segs, starts, len(names), bands, self.opens_date)
            continued = (
                not has_ref_column
                and previous is not None
                and ln.number == previous + 1
                and not _opens_row(out[-1].cells, cells)
            )
            out.append(cells_line(ln, cells, continued))
            previous = ln.number

    def _titles_next(self, lines: list[Line], k: int) -> bool:
        """Line k is one short text set apart just above a header: the next table's title (an
        agency's name over its part of the plan), not a row of this one."""
        return (
            0 < k < len(lines) - 1
            and len(segments(lines[k].raw)) == 1
            and lines[k].number > lines[k - 1].number + 1  # set apart above and below
            and lines[k + 1].number > lines[k].number + 1
            and self.header(lines[k + 1]) is not None
        )

    def _page_foot(self, lines: list[Line], k: int) -> bool:
        """Line k is the page's foot after the table's last row: set apart by blank lines
        (the rest of the page), a page number its last text ("Marsh Partnership      1"), and no
        header repeated under it carries the table on to the next page."""
        ln = lines[k]
        segs = segments(ln.raw)
        return (
            k > 0
            and ln.number > lines[k - 1].number + FOOT_GAP
            and 1 <= len(segs) <= 3
            and bool(PAGE_NUMBER.match(segs[-1][1]))
            and (k + 1 == len(lines) or self.header(lines[k + 1]) is None)
        )

    def _band_line(self, lines: list[Line], k: int, bands: set[int], starts: list[int]) -> bool:
        """Line k is a band across the table, or the line that carries a band on (it follows
        a band that stopped mid-sentence). A recommendation printed in the first column, with
        the row's other cells beside it on the same line, is no band."""
        ln = lines[k]
        if self.band is None or ln.cells is not None or ln.number in self.heading_lines:
            return False
        if _cells_beside_first(ln, starts):
            return False
        text = ln.text.strip()
        carried = (
            k > 0
            and lines[k - 1].number in bands
            and ln.number == lines[k - 1].number + 1
            and not lines[k - 1].text.rstrip().endswith((".", ";", ":"))
        )
        if text and (self.band.match(text) or carried):
            bands.add(ln.number)
            return True
        return False

    def _agency_band(self, lines: list[Line], k: int, starts: list[int]) -> bool:
        """Line k is an agency's name printed across the table over its rows (plan.layout_bands)."""
        below = next((ln for ln in lines[k + 1 : k + 3] if ln.text.strip()), None)
        return bool(self.agency_words) and agency_band(lines[k], below, starts, self.agency_words)

    def _in_table(self, ln: Line, starts: list[int]) -> bool:
        if ln.cells is not None or ln.number in self.heading_lines:
            return False
        if self.header(ln) is not None:
            return True
        segs = segments(ln.raw)
        # a paragraph printed across the columns ends the table
        return not (len(segs) == 1 and column_of(starts, *segs[0]) is None)


FOOT_GAP = 2  # blank lines at least between a page's last row and its foot
PAGE_NUMBER = regex.compile(r"^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", regex.I)


def _cells_beside_first(ln: Line, starts: list[int]) -> bool:
    """The line prints a first column's text that stops short of the second column, and
    text of its own at a later column's start: a row's cells side by side."""
    segs = segments(ln.raw)
    if len(segs) < 2 or len(starts) < 2:
        return False
    s, t = segs[0]
    return s + len(t) < starts[1] - SLACK and any(
        abs(s2 - c) <= SLACK for s2, _ in segs[1:] for c in starts[1:]
    )


def _numbers_firstcolumn_of(body: list[Line], starts: list[int], bands: set[int]) -> bool:
    """The first column holds a number on every row whatever its header says ("Rec": R1, R2;
    "Recommendation": 1, 2 under a band printing the recommendation): a line with text there
    opens a row."""
    if len(starts) < 2:
        return False
    firsts = [
        t for ln in body if ln.number not in bands for s, t in segments(ln.raw)[:1] if s < starts[1] - SLACK
    ]
    return len(firsts) >= 2 and sum(1 for t in firsts if REF_CELL.match(t)) >= 0.8 * len(firsts)


def _marks_joined(segs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A bullet's mark set apart from its item by a few spaces (a Word bullet's hanging indent)
    joined to the item: a mark alone is no cell, and the item is the same cell's text, not the
    next column's."""
    out: list[tuple[int, str]] = []
    for k, (s, t) in enumerate(segs):
        after = segs[k + 1] if k + 1 < len(segs) else None
        if marks_item((s, t), after):
            segs[k + 1] = (after[0] - len(t) - 1, f"{t} {after[1]}")  # ends where the item ends
            continue
        out.append((s, t))
    return out


def _moved(
    starts: list[int], header_at: list[int], repeated: list[tuple[int, str]]
) -> tuple[list[int], list[int]]:
    """The cells move with a header repeated at other positions (a page set out afresh); an
    unlabelled ref column stays put. A header with other columns leaves them as they were."""
    if len(repeated) != len(header_at):
        return starts, header_at
    lead = len(starts) - len(header_at)
    moved = [c + s - h for c, (s, _), h in zip(starts[lead:], repeated, header_at)]
    return starts[:lead] + moved, [s for s, _ in repeated]


def _split(starts: list[int], s: int, text: str, opens_date=None) -> list[tuple[int, str]]:
    """A text run over several columns (separated there by a single space) cut at the columns.
    `opens_date(k, text)`: the text is column k's date in full (plan.shifted_dates)."""
    k = max((n for n, c in enumerate(starts) if c - SLACK <= s), default=0)
    parts: list[tuple[int, str]] = []
    while k + 1 < len(starts) and s + len(text) > starts[k + 1]:
        # a word begun before the column's start ends the cell on its left, run past it
        # (a wrapped cell filled to its edge); one begun at the start opens the next cell
        edge = starts[k + 1] - s
        cut = text.rfind(" ", 0, edge)
        if cut < edge - 2 and not (cut > 0 and opens_date and opens_date(k + 1, text[cut + 1 :])):
            # the word at the edge was begun before it (and no date printed left of its column)
            cut = text.find(" ", edge)
            if cut < 0:
                break
        if cut <= 0:
            break
        parts.append((k, text[:cut].strip()))
        text, s, k = text[cut + 1 :], s + cut + 1, k + 1
    parts.append((k, text.strip()))
    return [(k, t) for k, t in parts if t]


def _line_cells(ln: Line, segs, starts: list[int], width: int, bands: set[int], opens_date=None) -> list[str]:
    """A body line's texts put in the columns they start under; a band across the table
    (a recommendation printed over its actions) goes whole in the first."""
    cells = [""] * width
    if ln.number in bands:
        cells[0] = ln.text.strip()
        segs = []
    last = -1
    for s, t in segs:
        parts = _split(starts, s, t, opens_date)
        if parts and parts[0][0] <= last < len(starts) - 1:
            # a text set apart from the cell before it in the same column: the next
            # column's, printed out of line (pdftotext shifts a table's last row left)
            parts = _split(starts, starts[last + 1], t)
        for k, part in parts:
            cells[k] = f"{cells[k]} {part}".strip()
        # (a text cut at a column edge may run on into the next column: no column is its own)
        last = parts[0][0] if len(parts) == 1 else -1
    return cells
