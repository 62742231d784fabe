"""A recommendations table a PDF text extraction printed a line at a time with each line's
cells joined by single spaces (pdfplumber's `extract_text`, how the bundled reports' text was
made): "Agency | No. | Recommendation", "Agency | Recommendation", "No. | Recommendation |
Organisation(s)".

Each printed line of such a table is the line of every cell at that height run together, so
an agency's name and its recommendation's first words share a line, and a name wrapped over
three lines is interleaved with the recommendation's next lines ("Brindlow and 1 Emergency
department staff will ..." / "Kelsing NHS facial injury whether ..."). Nothing in the text
marks where the name ends; the room each column has does (vocab.type_widths):

- a cell's line is followed by another line of the same cell only when the cell's next word
  did not fit on it (a cell wraps at its column's width), so a recommendation's lines but its
  last fill its column;
- every cell of a row starts on the row's first printed line (cells are set at the top), and a
  cell a printed line leaves out has ended;
- a row opens on the line printing its number (in its own column or opening the
  recommendation: "Thornbury Police 1. Review ..."), the numbers running on or starting again
  at 1 for the next agency; with no numbers, a row opens where the recommendation before has
  ended a sentence and a new cell opens with a capital;
- an agency's name holds names' words (capitalised, or the small words between them).

The two text columns' widths are those of the typeface and measure whose reading costs least;
each printed line is cut where the widths and the cells' content agree, carrying a few readings
from line to line (a name's line cut short shows only on the line below). The table ends where
a line cannot be read as its rows' (a heading, a paragraph printed across the page). A reading
that costs too much per line is left to the other readers. The rows are handed to the reader of
any recommendations table (tables), as layout_rows hands a layout export's rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dhrparse.document import Block, Cell, Row, Table
from dhrparse.extractors.recommendations import tables
from dhrparse.extractors.recommendations.column_name_labels import one_column_named
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.joined_costs import (
    CONNECTORS,
    END_LINE,
    OVER,
    Measured,
    State,
    closing_cost,
    options,
)
from dhrparse.extractors.recommendations.joined_layout import (
    OPENS,
    Layout,
    Line,
    header_layout,
    inner_layout,
    table_lines,
)
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.extractors.recommendations.wrapped_table_header import wrapped_headers
from dhrparse.vocab.hyphens import HYPHENATED, hyphen_kept
from dhrparse.vocab.type_widths import Face, faces

MEASURES = (1.0, 1.04, 1.08, 1.12)  # a column's measure tried so much wider than its rows' first lines
# (a recommendation's first line is full, short of its column by less than its next word: with
# few rows, and long words, that is a fair share of it)
REC_MEASURES = (1.0, 1.04, 1.08, 1.12, 1.17, 1.23, 1.3)
CLEAR = 1.2  # the cost per printed line under which a reading counts as clear
BEAM = 12
GIVE_UP = 3 * END_LINE  # a reading costing this much over ending the table above: stop reading
APART = 1.006  # widths this close are tried once
FIRST_LINES = 15  # the lines measured for the table's whole width
MIN_FIRSTS = 3  # numbered rows enough to tell the table's width above its last row
LAST_ROW_WIDER = 1.08  # how much wider than the rows above a last row's later line may print


@dataclass
class _Reading:
    cost: float
    state: State
    history: tuple | None = None  # (line index, left span, right span, starts, previous)


@dataclass(frozen=True)
class _Measure:
    """The text columns' widths (left, right): the most a cell's line may take, and the least the
    column is known to hold (a cell's word that would fit in that carries on its line above)."""

    room: tuple[float, float]
    filled: tuple[float, float]
    table: float  # the widest line of the table's first rows: a line wider is no row's


@dataclass
class _RowCells:
    first: int
    last: int
    texts: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    ref: str | None = None


def joined_table(r: Reading, i: int, regions) -> tuple[list[Item], int] | None:
    """The records of such a table whose header is block i's first line, and the block after
    the table; None when block i does not open one."""
    b = r.blocks[i]
    if b.kind not in ("heading", "paragraph"):
        return None
    header = r.doc.line_numbered(b.line_start)
    if header is None or "  " in header.raw.strip() or "\t" in header.raw:
        return None  # (columns set apart by runs of spaces or tabs: other readers take them)
    layout = header_layout(r, header.text)
    # (a narrow column's name wrapped onto the header's second line, "Government" / "department":
    # each place the wrapped words may complete a name, the first whose rows read)
    headers = (
        [(layout, header.text, b.line_start)]
        if layout is not None
        else wrapped_headers(r, b.line_start, header.text)
    )
    rows = None
    for layout, text, first in headers:
        if one_column_named(r, layout.names):
            continue  # ("Recommendation" / "addressed to": one column's name broken over lines)
        lines, stop = table_lines(r, first, text, layout)
        rows = _read(r, lines, layout)
        if rows:
            break
    if not rows:
        return None
    last = rows[-1].last
    table = _table(r, b, layout, rows, last)
    return tables.rebuilt_table_items(
        r, i, table, regions, last, "recommendations table printed with its cells joined"
    )


def _read(r: Reading, lines: list[Line], layout: Layout) -> list[_RowCells] | None:
    """The rows of the table in the typeface and measures whose reading costs least; None when
    no reading is clear."""
    if not lines:
        return None
    layout = inner_layout(lines, layout)
    if layout.ref and not any(ln.start for ln in lines[:1]):
        return None  # (a numbered table's first line opens its first row)
    best = None
    for name in faces():
        m = Measured(lines, Face(name))
        for widths in _measures(lines, layout, m):
            got = _best(r, lines, layout, m, widths)
            if got is not None and (best is None or got[0] < best[0]):
                best = got
    if best is None:
        return None
    cost, used, rows = best
    if not rows or cost / max(used, 1) > CLEAR:
        return None
    return rows


def _measures(lines: list[Line], layout: Layout, m: Measured) -> list[_Measure]:
    """The text columns' widths to try: from the rows' first lines where their numbers cut them,
    or, with no numbers, from the recommendation's lines."""
    # (the table's own lines: prose printed below it may run wider; a numbered table's run to
    # its last number's row)
    firsts = [(i, ln) for i, ln in enumerate(lines) if ln.start is not None]
    reach = firsts[-1][0] + FIRST_LINES // 3 if firsts else FIRST_LINES
    total = _table_width(lines, m, firsts, reach)
    if firsts and layout.ref in ("mid", "inner"):
        return _numbered_measures(m, firsts, total)
    # the recommendation's column: a line opening in lower case carries on its cell alone
    # (names open with capitals), so that column is at least as wide as such a line
    # (but for a small word that carries on a name wrapped in the column to its left, "and
    # Pensions couple to ask ...")
    rec_lines = [
        m.width(i, 0, len(ln.words))
        for i, ln in enumerate(lines[:reach])
        if ln.words[0][:1].islower() and not ln.start and not (layout.rec == 1 and ln.words[0] in CONNECTORS)
    ]
    least = max(rec_lines, default=0.0) / OVER if layout.rec == 1 else 0.0
    # the recommendation's first line in a row fills its column: it is a part of a row's first
    # line, cut where the name's cell opens with a capital (or at the line's end)
    candidates = []
    for i, ln in enumerate(lines[:reach]):
        n = len(ln.words)
        if layout.ref == "lead" and ln.start is None or not OPENS.match(ln.words[0]):
            continue
        a0 = 1 if layout.ref == "lead" else 0
        for s in range(a0 + 1, n + 1):
            if layout.rec == 0:
                w = m.width(i, a0, s) if s == n or OPENS.match(ln.words[s]) else 0.0
            else:
                w = m.width(i, n - s + a0, n) if OPENS.match(ln.words[n - s + a0]) else 0.0
            if least <= w <= total:
                candidates.append(w)
    out = []
    for w in _apart(candidates):
        # (the name's column holds at least what the widest line leaves beside the
        # recommendation's; how much more is told by the names' words)
        least_name = max(0.0, total - m.space - w)
        room = (w, total) if layout.rec == 0 else (total, w)
        filled = (w, least_name) if layout.rec == 0 else (least_name, w)
        out.append(_Measure(room, filled, total))
    return out


def _table_width(lines: list[Line], m: Measured, firsts, reach: int) -> float:
    """The table's whole width: its widest line up to `reach`, where numbered rows enough tell
    it, none much wider than the rows above the last one."""
    total = max(m.width(i, 0, len(ln.words)) for i, ln in enumerate(lines[:reach]))
    if len(firsts) >= MIN_FIRSTS:
        # (the rows above the last one tell the table's width; below its number, a line much
        # wider is no row's: a landscape appendix's preamble printed under a short last row)
        above = max(m.width(i, 0, len(ln.words)) for i, ln in enumerate(lines[: firsts[-1][0] + 1]))
        total = max(
            [above]
            + [
                m.width(i, 0, len(ln.words))
                for i, ln in enumerate(lines[firsts[-1][0] + 1 : reach], firsts[-1][0] + 1)
                if m.width(i, 0, len(ln.words)) <= above * LAST_ROW_WIDER
            ]
        )
    return total


def _numbered_measures(m: Measured, firsts, total: float) -> list[_Measure]:
    """The widths to try where the rows' numbers, between the columns or opening the
    recommendation, cut each row's first line."""
    left = max(m.width(i, 0, ln.start[0]) for i, ln in firsts)
    right = max(m.width(i, ln.start[1], len(ln.words)) for i, ln in firsts)
    number = max(m.width(i, ln.start[0], ln.start[1]) for i, ln in firsts)
    out = []
    for b in REC_MEASURES:
        # (a name's later line may run wider than any first line: its room is known only
        # from the table's, its words tell it from the recommendation's)
        out += [
            _Measure((max(left, total - number), right * b), (left * a, right * b), total) for a in MEASURES
        ]
    return out


def _apart(widths: list[float]) -> list[float]:
    """The widths, leaving out any within a hair of a smaller one kept."""
    out: list[float] = []
    for w in sorted(widths):
        if not out or w > out[-1] * APART:
            out.append(w)
    return out


def _best(r: Reading, lines: list[Line], layout: Layout, m: Measured, widths: _Measure):
    """(cost, lines weighed, rows) of the cheapest reading at these widths, or None."""
    fresh = State(None, None, None, None, False)
    readings = [_Reading(0.0, fresh)]
    ends: list[tuple[float, int, tuple | None]] = []
    for i, ln in enumerate(lines):
        grown: list[_Reading] = []
        for rd in readings:
            for cost, left, right, starts, state in options(r, i, ln, layout, m, widths, rd.state):
                grown.append(_Reading(rd.cost + cost, state, (i, left, right, starts, rd.history)))
        if not grown:
            break
        grown.sort(key=lambda rd: rd.cost)
        readings, seen = [], set()
        for rd in grown:
            key = rd.state.key()
            if key in seen:
                continue
            seen.add(key)
            readings.append(rd)
            if len(readings) == BEAM:
                break
        # the table may end below this line: its last row's name and recommendation end here
        last = min(readings, key=lambda rd: rd.cost + closing_cost(r, rd.state, rd.state.rec_word))
        ends.append((last.cost + closing_cost(r, last.state, last.state.rec_word), i + 1, last.history))
        if readings[0].cost - END_LINE * (i + 1) > min(c - END_LINE * k for c, k, _ in ends) + GIVE_UP:
            break  # (the lines below cost more than leaving them out: the table has ended above)
    if not ends:
        return None
    # (the lines below the last read are left out at a cost, to the first printed wider than
    # the table, a paragraph printed across the page)
    room = widths.table * OVER
    stop = next((i for i, ln in enumerate(lines) if m.width(i, 0, len(ln.words)) > room), len(lines))
    stop = max(stop, ends[-1][1])
    cost, _, history = min(((c + END_LINE * (stop - k), k, h) for c, k, h in ends), key=lambda e: e[0])
    rows = _rows(lines, layout, history)
    return (cost, stop, rows) if rows else None


def _rows(lines: list[Line], layout: Layout, history) -> list[_RowCells]:
    chosen = []
    while history is not None:
        i, left, right, starts, history = history
        chosen.append((i, left, right, starts))
    chosen.reverse()
    rows: list[_RowCells] = []
    for i, left, right, starts in chosen:
        ln = lines[i]
        if starts:
            rows.append(
                _RowCells(
                    ln.number, ln.number, ref=ln.start[2] if ln.start and layout.ref != "inner" else None
                )
            )
        if not rows:
            return []
        row = rows[-1]
        row.last = ln.number
        for c, (a, b) in enumerate((left, right)):
            if b > a:
                row.texts[c].append(" ".join(ln.words[a:b]))
    return rows


# ---- the table as read -------------------------------------------------------------------------
def _table(r: Reading, head: Block, layout: Layout, rows: list[_RowCells], last: int) -> Block:
    """The rows as a table block: the header's names, then each row's cells in the printed order."""
    keep = r.ctx.patterns.list("cleaning.keep_hyphen_prefixes")
    order = _order(layout)
    header = Row(
        [Cell(name, head.line_start, head.line_start) for name in layout.names],
        head.line_start,
        head.line_start,
        head.page,
    )
    out = [header]
    for row in rows:
        cells = []
        for role in order:
            if role == "ref":
                text = row.ref or ""
            else:
                text = _joined(row.texts[role], keep)
            cells.append(Cell(text, row.first, row.last))
        out.append(Row(cells, row.first, row.last, head.page))
    table = Table(out, head.line_start, last, head.page)
    return Block.of_table(table, head.section)


def _order(layout: Layout) -> list:
    """The printed columns: "ref", or the text column's index (0 left, 1 right)."""
    if layout.ref == "lead":
        return ["ref", 0, 1]
    if layout.ref == "mid":
        return [0, "ref", 1]
    return [0, 1]


def _joined(lines: list[str], keep: list[str]) -> str:
    """A cell's printed lines as one text: a word hyphenated over a break is joined again unless
    its first part keeps its hyphen ("multi-agency")."""
    text = ""
    for line in lines:
        if not text:
            text = line
            continue
        m = HYPHENATED.search(text)
        if m and line[:1].isalpha():
            text = text + line if hyphen_kept(m.group(1), line, keep) else text[:-1] + line
        else:
            text = f"{text} {line}"
    return text
