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

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import regex

from dhrparse.document import Line
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_headers import is_header_piece, joined

_SEGMENT = regex.compile(r"\S+(?: \S+)*")  # text between runs of two or more spaces
MIN_COLUMNS = 3
LOOKAHEAD = 40  # lines below a header whose text positions tell where its columns start
_REF_CELL = regex.compile(r"^\(?(?:[A-Za-z]{1,14}\.?\s?)?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?[.):]?$")
SLACK = 2  # a cell's text may start this many characters left of its column


CONTINUES = "continues"  # hint of a cell row that continues the row above (no ref column tells)


def _segments(raw: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _SEGMENT.finditer(raw.replace("\f", " ").expandtabs())]


_SENTENCE_END = regex.compile(r"[.!?][)'’\"”]?$")


def _opens_row(above: list[str] | None, cells: list[str]) -> bool:
    """In a table without a ref column, a line printed straight under the row above opens a row
    of its own when the first cell above ended its sentence and this one opens a new one in
    more than one column (a wrapped cell carries on mid-sentence, mostly in one column)."""
    if not above or not above[0] or not cells[0]:
        return False
    filled = sum(1 for c in cells if c)
    return bool(_SENTENCE_END.search(above[0])) and cells[0][:1].isupper() and filled >= 2


def _cells_line(ln: Line, cells: list[str], continues: bool = False) -> Line:
    return replace(ln, text="\t".join(cells), cells=cells, hint=CONTINUES if continues else ln.hint)


class PrintedHeader:
    """A side-by-side table's header: its column names, where it prints them, and where the
    cells under it start."""

    def __init__(self, cm: ColumnMap, heading_lines: set[int], section_line: Callable[[Line], bool]):
        self.cm, self.heading_lines, self.section_line = cm, heading_lines, section_line

    def find(self, ln: Line) -> list[tuple[int, str]] | None:
        if ln.cells is not None or "  " not in ln.raw.strip():
            return None
        segs = _segments(ln.raw)
        if len(segs) < MIN_COLUMNS or not all(self._header_segment(t) for _, t in segs):
            return None
        return segs if self.cm.header_columns([t for _, t in segs]) else None

    def _wrapped_header_words(self, text: str) -> bool:
        # (a chronology's column map has no words that only complete a wrapped header)
        return getattr(self.cm, "is_wrapped_header_words", self.cm.is_header_words)(text)

    def _header_segment(self, text: str) -> bool:
        """Header words, the last maybe cut by a narrow column ("Recommendatio" / "n")."""
        if self._wrapped_header_words(text):
            return True
        *whole, last = text.split()
        cut = last.lower()
        return (
            (not whole or self.cm.is_header_words(" ".join(whole)))
            and len(cut) >= 6
            # (the chronology's column names carry no vocabulary of header words: no cut words there)
            and any(w.startswith(cut) for w in getattr(self.cm, "vocabulary", ()))
        )

    def continued(
        self, lines: list[Line], j: int, starts: list[int], names: list[str]
    ) -> tuple[int, list[Line]]:
        """Header words printed on following lines under their column ("Target" / "Date")."""
        extra_header: list[Line] = []
        while (
            j < len(lines)
            and lines[j].cells is None
            and self.words_under(lines[j], starts, names)
            and all(_column(starts, s, t) is not None for s, t in _segments(lines[j].raw))
        ):
            self.add_words(lines[j], starts, names)
            extra_header.append(lines[j])
            j += 1
        return j, extra_header

    def add_words(self, ln: Line, starts: list[int], names: list[str]) -> None:  # (to their columns' names)
        for s, t in _segments(ln.raw):
            if (k := _column(starts, s, t)) is not None and k < len(names):  # (a repeat may print fewer)
                names[k] = joined(self.cm, names[k], t)

    def words_under(self, ln: Line, starts: list[int], names: list[str]) -> bool:
        if self.cm.is_header_words(ln.text):
            return True
        for s, t in _segments(ln.raw):
            k = _column(starts, s, t)
            if k is None or not is_header_piece(self.cm, names[k] if k < len(names) else "", t):
                return False
        return True

    def aligned(self, starts: list[int], names: list[str], below: list[Line]) -> tuple[list[int], list[str]]:
        """Column starts where the cells below the header print their text: a header centred
        over its column starts right of it. Numbers printed left of the first header's column
        are an unlabelled ref column, when printed on a row's line across the columns."""
        counts: Counter[int] = Counter()
        left: dict[int, list[str]] = {}  # text printed left of the first header, by start
        across: set[int] = set()  # where text starts on a line printed across most columns
        for ln in below:
            if self.section_line(ln):
                continue
            if ln.cells is not None or ln.number in self.heading_lines:
                break
            repeated = self.find(ln)
            if repeated is not None:  # on a new page: its cells sit under it, maybe elsewhere
                if [s for s, _ in repeated] != starts:
                    break
                continue
            segs = _segments(ln.raw)
            if 2 * len(segs) >= len(starts):  # a row's first line shows its columns' starts
                across.update(s for s, _ in segs)
            for s, t in segs:
                counts[s] += 1
                # a single text left of the table is a title or a paragraph beside it, not a cell
                if s < starts[0] - SLACK and len(segs) > 1:
                    left.setdefault(s, []).append(t)
        starts, names = list(starts), list(names)
        if left:
            first = min(left)
            if sum(1 for t in left[first] if _REF_CELL.match(t)) >= 0.6 * len(left[first]):
                starts, names = [first] + starts, [""] + names
                rest = [s for s in left if s > first + SLACK]
                if rest:
                    starts[1] = min(rest)
            else:
                starts[0] = first
        # (a table of one row shows each column's start once, on the row's first line)
        frequent = sorted(s for s, c in counts.items() if c >= 2 or s in across)
        for k in range(1, len(starts)):
            # text repeatedly starting between the previous column's text and this header: the
            # text of a column whose header is centred over it
            after = _own_text(frequent, starts[k - 1], max(len(w) for w in names[k - 1].split() or [""]))
            between = [s for s in frequent if after + SLACK < s < starts[k] - SLACK]
            # (not when the cells start under the header more often: a row printed out of line,
            # as pdftotext sets a table's last row, moves no column)
            under = sum(c for s, c in counts.items() if abs(s - starts[k]) <= SLACK)
            if between and counts[between[0]] > under:
                starts[k] = between[0]
        return starts, names


class SideBySide:
    """Whitespace-aligned columns to cell rows."""

    def __init__(
        self,
        cm: ColumnMap,
        heading_lines: set[int],
        band: regex.Pattern | None = None,
        section: Callable[[str], object] | None = None,
    ):
        """`band`: a line printed across the whole table that stays in it (a recommendation
        printed as a merged row over its actions: "Recommendation 2: The council should ...").
        `section`: whether a line printed across the table names a part of the plan ("Overview
        report recommendations", "Single agency recommendations – <agency>"): the table goes on
        under it, and the line stays a line of its own for the plan reader to open the part."""
        self.cm, self.heading_lines, self.band = cm, heading_lines, band
        self.section = section
        self.head = PrintedHeader(cm, heading_lines, self.section_line)

    def section_line(self, ln: Line) -> bool:
        """A line printed across the table naming a part of the plan."""
        return (
            self.section is not None
            and ln.cells is None
            and len(_segments(ln.raw)) == 1
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
        out.append(_cells_line(lines[i], names))
        out.extend(_cells_line(ln, [""] * len(names)) for ln in extra_header)
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
        while (
            body_end < len(lines)
            and (
                self._band_line(lines, body_end, bands)
                or self.section_line(lines[body_end])
                or self._in_table(lines[body_end], starts)
            )
            and not self._titles_next(lines, body_end)
        ):
            repeated = self.header(lines[body_end])
            if repeated is not None:
                starts, header_at = _moved(starts, header_at, repeated)
            body_end += 1
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
            or _numbers_first_column(body, starts, bands)
        )
        previous = None
        in_header = False
        printed = list(names)
        for ln in body:
            if self.section_line(ln):
                out.append(ln)
                previous, in_header = None, False
                continue
            repeated = self.header(ln)
            if repeated is not None:  # the header repeated on a new page, maybe at other positions
                out.append(_cells_line(ln, list(names)))
                previous, in_header = None, True
                if len(repeated) == len(header_at):
                    starts, header_at = _moved(starts, header_at, repeated)
                    printed = [t for _, t in repeated]
                continue
            segs = _segments(ln.raw)
            if in_header and self.head.words_under(ln, starts, printed):
                out.append(_cells_line(ln, [""] * len(names)))  # its words under their columns
                self.head.add_words(ln, starts, printed)  # (a word cut in two goes on below)
                continue
            in_header = False
            cells = [""] * len(names)
            if ln.number in bands:
                cells[0] = ln.text.strip()
                segs = []
            last = -1
            for s, t in segs:
                parts = _split(starts, s, t)
                if parts and parts[0][0] <= last < len(starts) - 1:
                    # a text set apart from the cell before it in the same column: the next
                    # column's, printed out of line (pdftotext shifts a table's last row left)
                    parts = _split(starts, starts[last + 1], t)
                for k, part in parts:
                    cells[k] = f"{cells[k]} {part}".strip()
                # (a text cut at a column edge may run on into the next column: no column is its own)
                last = parts[0][0] if len(parts) == 1 else -1
            continued = (
                not has_ref_column
                and previous is not None
                and ln.number == previous + 1
                and not _opens_row(out[-1].cells, cells)
            )
            out.append(_cells_line(ln, cells, continued))
            previous = ln.number

    def _titles_next(self, lines: list[Line], k: int) -> bool:
        """Line k is one short text set apart just above a header: the next table's title (an
        agency's name over its part of the plan), not a row of this one."""
        return (
            0 < k < len(lines) - 1
            and len(_segments(lines[k].raw)) == 1
            and lines[k].number > lines[k - 1].number + 1  # set apart above and below
            and lines[k + 1].number > lines[k].number + 1
            and self.header(lines[k + 1]) is not None
        )

    def _band_line(self, lines: list[Line], k: int, bands: set[int]) -> bool:
        """Line k is a band across the table, or the line that carries a band on (it follows
        a band that stopped mid-sentence)."""
        ln = lines[k]
        if self.band is None or ln.cells is not None or ln.number in self.heading_lines:
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

    def _in_table(self, ln: Line, starts: list[int]) -> bool:
        if ln.cells is not None or ln.number in self.heading_lines:
            return False
        if self.header(ln) is not None:
            return True
        segs = _segments(ln.raw)
        # a paragraph printed across the columns ends the table
        return not (len(segs) == 1 and _column(starts, *segs[0]) is None)


def _own_text(frequent: list[int], start: int, word: int) -> int:
    """Where a column's own text starts: at its start, or the first place right of it, under
    its header's word, that text repeatedly starts (cells padded right of a header printed at
    the column's edge)."""
    right = [s for s in frequent if s >= start - SLACK]
    return right[0] if right and start + SLACK < right[0] < start + word else start


def _numbers_first_column(body: list[Line], starts: list[int], bands: set[int]) -> bool:
    """The first column holds a number on every row whatever its header says ("Rec": R1, R2;
    "Recommendation": 1, 2 under a band printing the recommendation): a line with text there
    opens a row."""
    if len(starts) < 2:
        return False
    firsts = [
        t for ln in body if ln.number not in bands for s, t in _segments(ln.raw)[:1] if s < starts[1] - SLACK
    ]
    return len(firsts) >= 2 and sum(1 for t in firsts if _REF_CELL.match(t)) >= 0.8 * len(firsts)


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


def _column(starts: list[int], s: int, text: str) -> int | None:
    """The column a text starting at `s` sits in, when it does not run into the next one."""
    k = max((n for n, c in enumerate(starts) if c - SLACK <= s), default=None)
    if k is None:
        return None if s < starts[0] - SLACK else 0
    end = s + len(text)
    return k if k + 1 >= len(starts) or end <= starts[k + 1] else None


def _split(starts: list[int], s: int, text: str) -> list[tuple[int, str]]:
    """A text run over several columns (separated there by a single space) cut at the columns."""
    k = max((n for n, c in enumerate(starts) if c - SLACK <= s), default=0)
    parts: list[tuple[int, str]] = []
    while k + 1 < len(starts) and s + len(text) > starts[k + 1]:
        # a word begun before the column's start ends the cell on its left, run past it
        # (a wrapped cell filled to its edge); one begun at the start opens the next cell
        edge = starts[k + 1] - s
        cut = text.rfind(" ", 0, edge)
        if cut < edge - 2:  # the word at the edge was begun before it
            cut = text.find(" ", edge)
            if cut < 0:
                break
        if cut <= 0:
            break
        parts.append((k, text[:cut].strip()))
        text, s, k = text[cut + 1 :], s + cut + 1, k + 1
    parts.append((k, text.strip()))
    return [(k, t) for k, t in parts if t]
