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

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dhrparse.document import Block, Cell, Row, Table
from dhrparse.extractors.recommendations import tables
from dhrparse.extractors.recommendations.agency_columns import ends_name
from dhrparse.extractors.recommendations.item import Item
from dhrparse.extractors.recommendations.reading import Reading
from dhrparse.vocab.type_widths import Face, faces

# a row's number: "1", "2.", "(3)", "R4", "SAR5"
_REF = re.compile(r"^\(?(?:(?P<code>[A-Z]{0,4})(?P<num>\d{1,2})|(?P<letter>[A-Za-z]))[.):]?$")
_OPENS = re.compile(r"^[A-Z0-9(‘“'\"•]")
_SENTENCE_END = re.compile(r"[.;:!?][’”'\")]*$")
# a paragraph of the report numbered below the table ("5.1 The panel ..."): the table has ended
_PARAGRAPH = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+\S")
_HYPHENATED = re.compile(r"(?<![A-Za-z])([A-Za-z]+)-$")
_CONNECTORS = frozenset({"and", "of", "for", "the", "&", "in", "on", "at", "with", "to", "-", "–", "/"})
_REACH = 400  # printed lines a table may run over (several pages of rows)
MAX_HEADER_WORDS = 8

INF = float("inf")
OVER = 1.03  # a cell's line may run this much past its column's measure (kerning, rounding)
MEASURES = (1.0, 1.04, 1.08, 1.12)  # a column's measure tried so much wider than its rows' first lines
# (a recommendation's first line is full, short of its column by less than its next word: with
# few rows, and long words, that is a fair share of it)
REC_MEASURES = (1.0, 1.04, 1.08, 1.12, 1.17, 1.23, 1.3)
WRAP = 4.0  # a cell's line carried on below although its next word would have fitted on it
NAME_LOWER = 1.2  # a word in lower case in a name's cell (not a small word between its words)
NAME_LOWER_MOST = 3.6
NAME_UNENDED = 1.0  # a name's cell ending on no name's last word ("Brindlow and Tarrow")
INNER_CAPITAL = 0.5  # a recommendation's line carrying on its sentence with a capitalised word
UNENDED = 2.5  # a row opening below a recommendation whose line ended no sentence
NAME_ALONE = 1.0  # a name's line printed after its row's recommendation ended a line above
NO_NAME = 0.4  # a row with no name of its own (its agency's name printed on the row above)
ONE_WORD_OVER = 3.0  # one word wider than its column
END_LINE = 2.0  # a printed line left out of the table below its rows
CLEAR = 1.2  # the cost per printed line under which a reading counts as clear
BEAM = 12
GIVE_UP = 3 * END_LINE  # a reading costing this much over ending the table above: stop reading
APART = 1.006  # widths this close are tried once
FIRST_LINES = 15  # the lines measured for the table's whole width
MIN_FIRSTS = 3  # numbered rows enough to tell the table's width above its last row
LAST_ROW_WIDER = 1.08  # how much wider than the rows above a last row's later line may print


@dataclass(frozen=True)
class _Layout:
    """The header's columns: the printed names, which text column (0 left, 1 right) holds the
    recommendation, and where the rows' numbers are printed."""

    names: tuple[str, ...]
    rec: int
    ref: str  # "lead" (a column before both), "mid" (between them), "inner" (opening the
    # recommendation's cell), "" (no numbers)


@dataclass
class _Line:
    number: int
    words: list[str]
    start: tuple[int, int, str] | None = None  # a row's number: (its word, its cut, the ref)


@dataclass
class _Reading:
    cost: float
    state: _State
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
    layout = _layout(r, header.text)
    if layout is None:
        return None
    lines, stop = _lines(r, b.line_start, header.text, layout)
    rows = _read(r, lines, layout)
    if not rows:
        return None
    last = rows[-1].last
    table = _table(r, b, layout, rows, last)
    return tables.rebuilt_table_items(
        r, i, table, regions, last, "recommendations table printed with its cells joined"
    )


# ---- the header ------------------------------------------------------------------------------
def _layout(r: Reading, text: str) -> _Layout | None:
    """The columns a header line names, its names' words run together: a recommendation column,
    a column naming who acts, and perhaps a number column."""
    words = text.split()
    if not 2 <= len(words) <= MAX_HEADER_WORDS:
        return None
    # (the cuts share their names: eight words make 63 cuts of at most 36 names, each read once)
    role_of: dict[str, str | None] = {}

    def role(name: str) -> str | None:
        if name not in role_of:
            role_of[name] = _role(r, name)
        return role_of[name]

    for parts in _partitions(words, role):
        roles = [role_of[name] for name in parts]
        if roles.count("recommendation") != 1 or roles.count("ref") > 1:
            continue
        texts = [k for k, role in enumerate(roles) if role != "ref"]
        if len(texts) != 2 or sum(roles[k] == "name" for k in texts) != 1:
            continue
        rec = texts.index(roles.index("recommendation"))
        if "ref" not in roles:
            ref = ""
        elif roles[0] == "ref":
            ref = "lead"
        elif roles.index("ref") == 1 and len(roles) == 3:
            ref = "mid"
        else:
            continue
        if ref == "mid" and rec == 0:
            continue  # (a number between a recommendation and its agency: not a layout seen)
        return _Layout(tuple(parts), rec, ref)
    return None


def _partitions(words: list[str], role: Callable[[str], str | None]):
    """The header's words cut into two to four names, in turn, each name one a column has
    (`role`): a name no column has is in no header, so no cut through it is tried further."""
    n = len(words)
    for k in (2, 3, 4):
        yield from _cuts(words, 0, k, n, role)


def _cuts(words: list[str], at: int, k: int, n: int, role: Callable[[str], str | None]):
    if k == 1:
        name = " ".join(words[at:])
        if role(name) is not None:
            yield [name]
        return
    for b in range(at + 1, n - k + 2):
        name = " ".join(words[at:b])
        if role(name) is None:
            continue
        for rest in _cuts(words, b, k - 1, n, role):
            yield [name, *rest]


def _role(r: Reading, name: str) -> str | None:
    v = r.vocab
    if v.table_recommendation.match(name):
        return "recommendation"
    if v.table_agency.match(name) or v.table_addressee.match(name):
        return "name"
    if name.strip() and v.table_ref.match(name):
        return "ref"
    return None


# ---- the printed lines -------------------------------------------------------------------------
def _lines(r: Reading, first: int, header: str, layout: _Layout) -> tuple[list[_Line], int]:
    """The content lines under the header, to where the table surely ends (a numbered heading or
    paragraph of the report), the header printed again on a new page left out; each row's
    number found where the layout prints it."""
    out: list[_Line] = []
    heads = {b.line_start for b in r.blocks if b.kind == "heading" and b.number}
    # (or a line opening the report's next part: "Appendix: Board action plan")
    ends = r.ctx.patterns.joined("recommendations.table.ends")
    expected: tuple[str, int] | None = None  # (code, number) of the last row's number
    for ln in r.doc.lines_between(first + 1, first + _REACH):
        if not ln.is_content:
            continue
        text = ln.text.strip()
        if text == header.strip():
            continue  # the header printed again on a new page
        words = text.split()
        start = _start(words, layout, expected, bool(out))
        if start is None and (ln.number in heads or _PARAGRAPH.match(text) or ends.match(text)):
            return out, ln.number
        if start is not None:
            expected = _ref_key(words[start[0]])
        out.append(_Line(ln.number, words, start))
    return out, first + _REACH


def _ref_key(word: str) -> tuple[str, int] | None:
    """A row's number as (its series, its place): "R3" -> ("R", 3), "2." -> ("", 2), "C" ->
    ("letter", 3); None for any other word."""
    m = _REF.match(word)
    if m is None:
        return None
    if m["letter"]:
        return "letter", ord(m["letter"].upper()) - ord("A") + 1
    return m["code"], int(m["num"])


def _start(words: list[str], layout: _Layout, expected, seen: bool) -> tuple[int, int, str] | None:
    """(the number's word, the cut after it, the ref) where the line opens a row by its number."""
    if not layout.ref:
        return None
    places = [0] if layout.ref == "lead" else range(len(words))
    for j in places:
        key = _ref_key(words[j])
        if key is None or j + 1 >= len(words) or not _OPENS.match(words[j + 1]):
            continue
        if layout.ref == "inner" and (key[0] == "letter" or not words[j].endswith((".", ")"))):
            continue
        if expected is None:
            ok = key[1] <= 1 or not seen
        else:
            # the numbers run on, or start again at 1 beside the next agency's name (letters
            # run on: "Appendix A" below the table is no row)
            again = key[1] == 1 and j > 0 and layout.ref != "lead" and key[0] != "letter"
            ok = key[0] == expected[0] and (key[1] == expected[1] + 1 or again)
        if ok:
            return j, (j if layout.ref == "inner" else j + 1), words[j].strip("().:")
    return None


def _inner(lines: list[_Line], layout: _Layout) -> _Layout:
    """An "Agency | Recommendation" table whose recommendation cells open on their numbers
    ("Thornbury Police 1. Review ..."): its rows open where those are printed."""
    if layout.ref or layout.rec != 1:
        return layout
    inner = _Layout(layout.names, layout.rec, "inner")
    expected = None
    found = 0
    for ln in lines:
        ln.start = _start(ln.words, inner, expected, bool(found))
        if ln.start is not None:
            expected = _ref_key(ln.words[ln.start[0]])
            found += 1
    if lines and lines[0].start is not None and found >= 2:
        return inner
    for ln in lines:
        ln.start = None
    return layout


# ---- the reading -------------------------------------------------------------------------------
class _Measured:
    """The table's lines in one typeface: each word's width and each span's."""

    def __init__(self, lines: list[_Line], face: Face):
        self.space = face.space
        self.sums: list[list[float]] = []
        for ln in lines:
            sums = [0.0]
            for w in ln.words:
                sums.append(sums[-1] + face.width(w))
            self.sums.append(sums)

    def width(self, i: int, a: int, b: int) -> float:
        if b <= a:
            return 0.0
        s = self.sums[i]
        return s[b] - s[a] + (b - a - 1) * self.space

    def word(self, i: int, a: int) -> float:
        s = self.sums[i]
        return s[a + 1] - s[a]


def _read(r: Reading, lines: list[_Line], layout: _Layout) -> list[_RowCells] | None:
    """The rows of the table in the typeface and measures whose reading costs least; None when
    no reading is clear."""
    if not lines:
        return None
    layout = _inner(lines, layout)
    if layout.ref and not any(ln.start for ln in lines[:1]):
        return None  # (a numbered table's first line opens its first row)
    best = None
    for name in faces():
        m = _Measured(lines, Face(name))
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


def _measures(lines: list[_Line], layout: _Layout, m: _Measured) -> list[_Measure]:
    """The text columns' widths to try: from the rows' first lines where their numbers cut them,
    or, with no numbers, from the recommendation's lines."""
    # (the table's own lines: prose printed below it may run wider; a numbered table's run to
    # its last number's row)
    firsts = [(i, ln) for i, ln in enumerate(lines) if ln.start is not None]
    reach = firsts[-1][0] + FIRST_LINES // 3 if firsts else FIRST_LINES
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
    if firsts and layout.ref in ("mid", "inner"):
        left = max(m.width(i, 0, ln.start[0]) for i, ln in firsts)
        right = max(m.width(i, ln.start[1], len(ln.words)) for i, ln in firsts)
        number = max(m.width(i, ln.start[0], ln.start[1]) for i, ln in firsts)
        out = []
        for b in REC_MEASURES:
            # (a name's later line may run wider than any first line: its room is known only
            # from the table's, its words tell it from the recommendation's)
            out += [
                _Measure((max(left, total - number), right * b), (left * a, right * b), total)
                for a in MEASURES
            ]
        return out
    # the recommendation's column: a line opening in lower case carries on its cell alone
    # (names open with capitals), so that column is at least as wide as such a line
    rec_lines = [
        m.width(i, 0, len(ln.words))
        for i, ln in enumerate(lines[:reach])
        if ln.words[0][:1].islower() and not ln.start
    ]
    least = max(rec_lines, default=0.0) / OVER if layout.rec == 1 else 0.0
    # the recommendation's first line in a row fills its column: it is a part of a row's first
    # line, cut where the name's cell opens with a capital (or at the line's end)
    candidates = []
    for i, ln in enumerate(lines[:reach]):
        n = len(ln.words)
        if layout.ref == "lead" and ln.start is None or not _OPENS.match(ln.words[0]):
            continue
        a0 = 1 if layout.ref == "lead" else 0
        for s in range(a0 + 1, n + 1):
            if layout.rec == 0:
                w = m.width(i, a0, s) if s == n or _OPENS.match(ln.words[s]) else 0.0
            else:
                w = m.width(i, n - s + a0, n) if _OPENS.match(ln.words[n - s + a0]) else 0.0
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


def _apart(widths: list[float]) -> list[float]:
    """The widths, leaving out any within a hair of a smaller one kept."""
    out: list[float] = []
    for w in sorted(widths):
        if not out or w > out[-1] * APART:
            out.append(w)
    return out


def _best(r: Reading, lines: list[_Line], layout: _Layout, m: _Measured, widths: _Measure):
    """(cost, lines weighed, rows) of the cheapest reading at these widths, or None."""
    fresh = _State(None, None, None, None, False)
    readings = [_Reading(0.0, fresh)]
    ends: list[tuple[float, int, tuple | None]] = []
    for i, ln in enumerate(lines):
        grown: list[_Reading] = []
        for rd in readings:
            for cost, left, right, starts, state in _options(r, i, ln, layout, m, widths, rd.state):
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
        last = min(readings, key=lambda rd: rd.cost + _closing(r, rd.state, rd.state.rec_word))
        ends.append((last.cost + _closing(r, last.state, last.state.rec_word), i + 1, last.history))
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


@dataclass(frozen=True)
class _State:
    """A reading after a printed line: each text cell's last line width (None: the cell has
    ended), the last word of the name's cell while it is printed and of the recommendation's."""

    left: float | None
    right: float | None
    name_word: str | None
    rec_word: str | None
    in_row: bool

    def key(self) -> tuple:
        r = lambda x: None if x is None else round(x, 1)  # noqa: E731
        return (r(self.left), r(self.right), self.name_word, self.rec_word, self.in_row)


def _closing(r: Reading, state: _State, rec_word: str | None) -> float:
    """The cost of the row's cells ending here: a name that ends on no name's last word
    ("Brindlow and Tarrow" has more to come), a recommendation ending no sentence."""
    if not state.in_row:
        return 0.0
    cost = 0.0 if state.name_word is None or ends_name(r, state.name_word) else NAME_UNENDED
    if rec_word is not None and not _SENTENCE_END.search(rec_word):
        cost += UNENDED
    return cost


def _options(r: Reading, i: int, ln: _Line, layout: _Layout, m: _Measured, widths, state: _State):
    """(cost, left span, right span, opens a row, state after) of each way to cut line i."""
    n = len(ln.words)
    out = []
    if ln.start is not None:
        j, cut, _ = ln.start
        if layout.ref == "lead":
            cuts = [((1, s), (s, n)) for s in range(2, n + 1)]
        else:
            cuts = [((0, j), (cut, n))]
        for left, right in cuts:
            cost = _cells_cost(i, ln, layout, m, widths, left, right, None)
            if cost < INF:
                cost += _closing(r, state, state.rec_word)
                out.append((cost, left, right, True, _after(ln, layout, m, i, left, right, None)))
        return out
    for s in _cuts_within(i, n, m, widths):
        left, right = (0, s), (s, n)
        if state.in_row:  # the row's cells carried on
            cost = _cells_cost(i, ln, layout, m, widths, left, right, state)
            if cost < INF:
                name = (left, right)[1 - layout.rec]
                if name[1] <= name[0] and state.name_word is not None and not ends_name(r, state.name_word):
                    cost += NAME_UNENDED  # (the name's cell ends here)
                out.append((cost, left, right, False, _after(ln, layout, m, i, left, right, state)))
        if not layout.ref:  # a row opening with no number
            cost = _cells_cost(i, ln, layout, m, widths, left, right, None)
            if cost < INF:
                cost += _closing(r, state, state.rec_word)
                out.append((cost, left, right, True, _after(ln, layout, m, i, left, right, None)))
    return out


def _cuts_within(i: int, n: int, m: _Measured, widths) -> range:
    """The cuts of line i leaving each side within its column (one word may run over)."""
    lo = 0
    while lo < n - 1 and m.width(i, lo, n) > widths.room[1] * OVER:
        lo += 1
    hi = n
    while hi > 1 and m.width(i, 0, hi) > widths.room[0] * OVER:
        hi -= 1
    return range(lo, hi + 1)


def _after(ln: _Line, layout: _Layout, m: _Measured, i: int, left, right, state: _State | None) -> _State:
    """The reading's state after a line cut so (`state`: the row carried on from it)."""
    spans = (left, right)
    width = [m.width(i, a, b) if b > a else None for a, b in spans]
    rec, name = spans[layout.rec], spans[1 - layout.rec]
    rec_word = ln.words[rec[1] - 1] if rec[1] > rec[0] else (state.rec_word if state else None)
    name_word = ln.words[name[1] - 1] if name[1] > name[0] else None
    return _State(width[0], width[1], name_word, rec_word, True)


def _cells_cost(i: int, ln: _Line, layout: _Layout, m: _Measured, widths, left, right, state: _State | None):
    """The cost of one line's cut (`state`: the row it carries on, None for a row it opens):
    each text cell's line within its column, carrying on its cell only where the word could not
    fit on the line above, a name's cell holding a name's words."""
    cost = 0.0
    spans = (left, right)
    rec = spans[layout.rec]
    if state is None and rec[1] <= rec[0]:
        return INF  # a row opens with its recommendation
    for c, (a, b) in enumerate(spans):
        if b <= a:
            continue
        w = m.width(i, a, b)
        if w > widths.room[c] * OVER:
            if b - a > 1:
                return INF
            cost += ONE_WORD_OVER
        words = ln.words[a:b]
        if state is None:
            if not _OPENS.match(words[0]):
                return INF
        else:
            prev = state.left if c == 0 else state.right
            if prev is None:
                return INF  # a cell a line left out has ended
            if prev + m.space + m.word(i, a) <= widths.filled[c]:
                cost += WRAP  # (its word would have fitted on the line above)
            if c == layout.rec and words[0][:1].isupper() and not _SENTENCE_END.search(state.rec_word or "."):
                cost += INNER_CAPITAL  # (a capital carrying on a sentence: more often a name's)
        if c != layout.rec:
            cost += _name_cost(words)
    name = spans[1 - layout.rec]
    if state is None and name[1] <= name[0]:
        cost += NO_NAME
    if state is not None and rec[1] <= rec[0] and (state.left, state.right)[layout.rec] is None:
        cost += NAME_ALONE  # (a name's cell running on two lines below its recommendation's)
    return cost


def _name_cost(words: list[str]) -> float:
    """A name's line holds capitalised words and the small words between them; a word in lower
    case outside brackets more likely is the recommendation's."""
    lower, depth = 0, 0
    for w in words:
        inside = depth > 0 or w.startswith("(")
        depth += w.count("(") - w.count(")")
        if w[:1].islower() and w.lower() not in _CONNECTORS and not inside:
            lower += 1
    return min(NAME_LOWER * lower, NAME_LOWER_MOST)


def _rows(lines: list[_Line], layout: _Layout, history) -> list[_RowCells]:
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
def _table(r: Reading, head: Block, layout: _Layout, rows: list[_RowCells], last: int) -> Block:
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


def _order(layout: _Layout) -> list:
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
        m = _HYPHENATED.search(text)
        if m and line[:1].isalpha():
            kept = m.group(1).lower() in keep or m.group(1).isupper() or line[:1].isupper()
            text = text + line if kept else text[:-1] + line
        else:
            text = f"{text} {line}"
    return text
