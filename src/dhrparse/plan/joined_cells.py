"""A plan table whose printed lines came out with their cells joined: the text a PDF tool
takes out a printed line at a time (pdfplumber's `extract_text`), where one printed line of a
wide table is the line of every cell at that height run together with single spaces ("1.
Ashby Council should Local Draft a leaflet Ashby Council Draft agreed March 2024
Completed"). Nothing in the text marks where a cell ends; the room each column has does.

Every cell wraps at its column's width, so a printed line of a cell is no wider than its
column, and a cell's line is followed by another line of the same cell only when the next
word did not fit. The reader measures the words in the typeface the report is set in
(vocab.type_widths) and:

1. fixes each column's width from the first printed lines of the rows, where every cell
   starts at its column's left edge with a capital or a digit: each row's first line is cut
   where the cuts agree across the rows (the narrowest table holding them all) and where the
   cells read as their columns do (a scope word, a date, a status word);
2. cuts every printed line of the table into its cells' lines by those widths, left to right:
   a column's next line carries its cell on only if the cell's last line could not take the
   next word; otherwise a new cell opens there (an action row under the same recommendation).
   Where widths alone allow two cuts, the cut is taken that fills the cells' lines, opens no
   cell with a small letter, ends none on a joining word ("to", "across"), puts no capital
   inside a line after a word ending no sentence, and carries on no cell a line left out;
3. starts a row where the first column opens with a recommendation number, or, in a table
   whose rows no number opens, where a Scope cell stands on the line between the
   recommendation cell's first words and the action's (`scope_openings`).

The rows go on as cell lines (the header's names on the header's first line, each row's cells
on its first printed line, its other lines as empty rows), the way plan.line_rounds hands its
rows to the plan reader. The typeface is the one whose cuts cost least; a table is rewritten
only when its cuts cost little per printed line and leave few lines over their column; any
other is left as printed.
"""

from __future__ import annotations

from dhrparse.plan.cell_shapes import CellShapes, scope_openings, scope_starts
from dhrparse.plan.column_widths import ColumnWidths
from dhrparse.plan.joined_lines import (
    BULLET,
    CELL_OPENS,
    MAX_FIRST_WORDS,
    MIN_COLUMNS,
    MIN_ROWS,
    NEVER,
    OVER,
    OVER_COST,
    REF,
    SENTENCE_ENDS,
    CellCut,
    JoinedRow,
    LineWords,
)
from dhrparse.plan.line_cuts import DANGLING, FILL, FIRST_AGAIN, INNER_CAPITAL, REOPEN, UNENDED, LineCuts
from dhrparse.plan.reading_gates import (
    clear_reading,
    dates_read,
    faults,
    header_fits,
    misshapen,
    wrap_room,
)
from dhrparse.vocab.type_widths import Face, faces

# (the names the other joined-line readers, tests and dev tools take from here)
__all__ = [
    "BEAM",
    "BEAM_CUTS",
    "BULLET",
    "CELL_OPENS",
    "CLEAR",
    "CONTENT_CLEAR",
    "DANGLING",
    "FILL",
    "FIRST_AGAIN",
    "INNER_CAPITAL",
    "MAX_FIRST_WORDS",
    "MIN_COLUMNS",
    "MIN_ROWS",
    "NEVER",
    "OVER",
    "OVER_COST",
    "REF",
    "REOPEN",
    "SENTENCE_ENDS",
    "SENTENCES_CLOSE",
    "UNENDED",
    "WIDER",
    "CellShapes",
    "JoinedTable",
    "CellCut",
    "JoinedRow",
    "LineWords",
    "clear_reading",
    "dates_read",
    "_sentences_close",
    "faults",
    "read_joined",
    "scope_openings",
    "scope_starts",
    "wrap_room",
]

CLEAR = 1.5  # the cost per printed line under which a table's cuts count as clear
WIDER = (1.0, 1.03, 1.06, 1.09, 1.12, 1.16)  # the columns' least widths are tried so much wider
FACE_SHARE = 1.06  # the typeface is chosen with every column this much wider than its least
CONTENT_CLEAR = 1.5  # the same, for the cuts weighing the cells' content
SENTENCES_CLOSE = 0.8  # the least share of recommendation cells ending a sentence, where any does
BEAM = 8  # the readings carried from line to line, reading the chosen typeface's lines
BEAM_CUTS = 3  # ... each line cut so many cheapest ways
MISSHAPEN = (
    1.0  # a reading weighing content whose action rows all break the template's shape is refused (`faults`)
)
# a reading by the widths alone most of whose action rows break the template's shape (a lead
# cell of a sentence's words, "group and short guide", an action run into the recommendation's
# words) is doubtful: most likely cut in a typeface not the report's
MISSHAPEN_WIDTHS = 0.5


class JoinedTable(ColumnWidths, LineCuts):
    """The cuts of one table's printed lines into cells, in one typeface: its columns' widths
    (plan.column_widths), then every printed line cut by them (plan.line_cuts)."""

    def __init__(
        self,
        texts: list[str],
        roles: CellShapes,
        face: Face,
        number_alone: bool,
        openings: dict[int, int] | None = None,
        starts: list[int] | None = None,
    ):
        self.k = len(roles.columns)
        self.roles, self.face = roles, face
        openings = openings or {}
        self.lines = [LineWords(t, face, openings.get(i)) for i, t in enumerate(texts)]
        self._first_spans: dict[int, dict] = {}
        # the first column holds each row's number alone (a number column, or a recommendation
        # column holding only numbers), or the number before the recommendation's words
        self.numbered_text = not number_alone
        self.starts = [i for i, ln in enumerate(self.lines) if ln.words and REF.match(ln.words[0])]
        self.openings = openings
        self.first_width: float | None = None
        if openings:
            # (a row no number opens: its first line's Scope cell opens it, and ends the
            # recommendation cell's first line)
            self.starts = sorted(openings)
        if starts is not None:
            # (the rows' first lines found by the caller: a narrower table's refs, "1a", "R2")
            self.starts = starts
        # (a narrower table's action column holds more words on a line than the template's)
        self.first_words = MAX_FIRST_WORDS
        self.lower_after_end = 0.0  # (the template's cells read without that cost)
        self.capital_after_end = 0.0  # (the same, for a capital, as a share of it)
        # whether the cuts weigh the cells' content and the first column's span too (a Scope
        # cell carried on only with scope words, a lead cell with a name's words, the
        # recommendation's cell never opened again below its row's first line)
        self.content = False
        # what a row's first line costs leaving each column's cell empty (nothing in the template)
        self.first_empty = [0.0] * self.k


def read_joined(
    texts: list[str],
    roles: CellShapes,
    content: bool = False,
    header: list[str] | None = None,
    agree: bool = False,
) -> tuple[list[JoinedRow], list[int], float, bool] | None:
    """The rows of a table printed with its cells joined, in the typeface that cuts them most
    clearly; None when no typeface cuts them clearly. The first lines give each column's least
    width; a cell's later lines may run wider, so the widths are tried a little wider too
    (the same share for every column) and the widths that cut the lines at least cost kept.
    With `content`, the lines are cut weighing the cells' content too, carrying several
    readings from line to line (a cell's line cut short shows only on the lines below), and
    the reading is kept only if its target-date cells read as dates. With the `header`'s
    printed lines, a reading is kept only where its columns fit the room the header's wrapped
    names leave them (plan.header_room). With `agree`, a reading is kept only where every
    other typeface cuts the same actions and leads. The reading's cost is given with its
    rows, to weigh it against the same lines read with other columns, and whether the reading
    is doubtful (by the widths alone, most of its action rows misshapen: MISSHAPEN_WIDTHS)."""
    read = _read_joined(texts, roles, content, None, header, agree)
    if read is None and content:
        # (a table no number opens: its rows open where their Scope cells stand, and its
        # lines are cut weighing their content: the widths alone are told by too few lines)
        openings = scope_openings(texts, roles)
        if len(openings) >= MIN_ROWS:
            read = _read_joined(texts, roles, content, openings, header, agree)
            if read is not None and not _sentences_close(read[0]):
                read = None
    return read


def _sentences_close(rows: list[JoinedRow]) -> bool:
    """Whether the recommendation cells a table no number opens was cut into close alike: a
    plan writes them all as sentences ("... should ... abuse.") or all as titles
    ("Recommendation Two: DASH after disclosure"). A reading where some end their sentence and
    others stop on a word mid-sentence ("... at the") has cut other cells' words into them, or
    theirs into others: the rows it would give are not the plan's."""
    cells = [row.parts[0][0] for row in rows if row.parts and row.parts[0][0]]
    ended = sum(cell[-1].endswith(SENTENCE_ENDS) for cell in cells)
    return not ended or ended >= SENTENCES_CLOSE * len(cells)


def _read_joined(
    texts: list[str],
    roles: CellShapes,
    content: bool,
    openings: dict[int, int] | None,
    header: list[str] | None = None,
    agree: bool = False,
) -> tuple[list[JoinedRow], list[int], float, bool] | None:
    tried = []
    # (a first column named for the recommendations may hold their words or only their numbers)
    readings = (True,) if roles.columns[0] == "ref" else (False,)
    for name, number_alone in ((name, alone) for name in faces() for alone in readings):
        table = JoinedTable(texts, roles, Face(name), number_alone, openings)
        least = table.widths()
        if least is None or None in least:
            continue
        cost, *_ = table.read(table.wider(least, FACE_SHARE))
        tried.append((cost, name, table, least))
    if not tried:
        return None
    tried.sort(key=lambda t: t[0])
    _, name, table, least = tried[0]
    best = _reading(texts, table, least, content, header)
    if best is None:
        return None
    if agree:
        # (narrow columns, their widths told apart less surely: every other typeface must cut
        # the lines into the same actions and leads, else the cuts are the typeface's, not the
        # plan's; Calibri and Times, alike in width, agree with each other more than the plan)
        if len(tried) < 2:
            return None
        cells = _cells_of(best[2], roles)
        for _, _, other, other_least in tried[1:]:
            again = _reading(texts, other, other_least, content, header, checked=False)
            if again is None or _cells_of(again[2], roles) != cells:
                return None
    doubtful = not content and misshapen(best[2], table) > MISSHAPEN_WIDTHS
    return best[2], best[3], best[0], doubtful


AGREED = ("action", "lead")  # the columns two typefaces' cuts must give alike


def _cells_of(rows: list[JoinedRow], roles: CellShapes) -> list[list[str]]:
    """The action and lead cells of a reading's action rows, in order."""
    at = [roles.columns.index(c) for c in AGREED if c in roles.columns]
    return [[" ".join(part[c]) for c in at] for row in rows for part in row.parts]


def _reading(texts: list[str], table: JoinedTable, least, content: bool, header, checked: bool = True):
    """The cheapest reading of the lines in the table's typeface, None where it reads unclearly
    (not asked when `checked` is False)."""
    roles = table.roles
    if not content:
        best = min((table.read(table.wider(least, share)) for share in WIDER), key=lambda read: read[0])
        if checked and (not clear_reading(texts, best, CLEAR) or not header_fits(best[2], table, header)):
            return None
        return best
    table.content = True
    share = min(WIDER, key=lambda share: table.read(table.wider(least, share))[0])
    best = table.read(table.wider(least, share), BEAM, BEAM_CUTS)
    if not checked or (
        clear_reading(texts, best, CONTENT_CLEAR)
        and dates_read(best[2], roles)
        and misshapen(best[2], table) < MISSHAPEN
        and header_fits(best[2], table, header)
    ):
        return best
    return None
