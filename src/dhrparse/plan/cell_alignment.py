"""A plan table printed one cell per line whose cells do not divide by count: each printed line
is placed in the column its content fits, in the columns' order, row after row.

A word processor's text export (LibreOffice "save as text") prints a table's cells one after
another, a cell's paragraphs one a line, and an empty cell as a blank line. A recommendation
merged over two action rows leaves its cell empty in the second row; a Recommendation cell
holding the number and then the text prints over two lines. Counting lines then no longer
finds the rows. What the lines say still does: a number alone opens a Recommendation cell, a
date fills the target date, a short status word the status, a body's name the lead, a sentence
telling someone what to do the action.

The alignment is the best path through the lines (dynamic programming): every row takes its
columns in the header's order; a cell takes one line, a blank line, or a few lines that read
as one cell (a number then its recommendation, paragraphs of one text); a cell that printed no
line at all costs most. A path that leaves a date column holding text, or a line that fits no
column, is no alignment: the table is then left as printed (its lines read as text, with
warnings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dhrparse.plan.column_roles import ColumnRoles

MAX_CELL_LINES = 4  # paragraphs one cell may print
EMPTY_CELL = -1.5  # a cell that printed no line (not even a blank one)
EXTRA_LINE = -0.6  # each further paragraph of one cell
MISFIT = -2.0  # a line its column cannot hold: a date column's text, a ref in a text column
LONG_TEXT = 6  # words of a sentence rather than a name, a date or a status

# columns whose cells are free text: any sentence fits them
_TEXT_FIELDS = frozenset({"action", "progress", "outcome", "update", "evidence", "comments"})


@dataclass(frozen=True)
class Token:
    """One printed line of the table: its text ("" for a blank line) and its index among the
    table's content lines (None for a blank line)."""

    text: str
    index: int | None


class CellAlignment:
    def __init__(self, roles: ColumnRoles, is_ref: Callable[[str], bool]):
        self.roles, self.is_ref = roles, is_ref
        self._fits: dict[tuple[str | None, str], float] = {}

    def rows(self, tokens: list[Token], fields: list[str | None]) -> list[list[list[Token]]] | None:
        """The table's rows, each a list of cells (each cell its printed lines, blank lines
        included), or None when the lines do not align with the columns."""
        width, n = len(fields), len(tokens)
        if width < 2 or not n:
            return None
        neg = float("-inf")
        # best[i][c][h]: lines[:i] read, the last cell placed in column c (c == width - 1: a row
        # ends there); h: whether the row being read has a line with text yet
        best = [[[neg, neg] for _ in range(width)] for _ in range(n + 1)]
        back: dict[tuple[int, int, int], tuple[int, int, int]] = {}
        best[0][width - 1][1] = 0.0
        for i in range(n + 1):
            for c in range(width):
                for h in (0, 1):
                    here = best[i][c][h]
                    if here == neg:
                        continue
                    if c == width - 1 and not h:
                        continue  # a row of empty cells only is no row
                    nc = (c + 1) % width
                    nh = 0 if nc == 0 else h
                    # a cell that printed nothing (within the row: a row opens on a line)
                    if nc != 0:
                        self._relax(best, back, (i, c, h), (i, nc, nh), here + EMPTY_CELL)
                    if i == n:
                        continue
                    if not tokens[i].text:
                        self._relax(best, back, (i, c, h), (i + 1, nc, nh), here)
                        continue
                    for j in range(i, min(n, i + MAX_CELL_LINES)):
                        if not tokens[j].text:
                            break
                        score_j = here + self._cell(fields[nc], tokens[i : j + 1])
                        if score_j == neg:
                            break
                        self._relax(best, back, (i, c, h), (j + 1, nc, 1), score_j)
        if best[n][width - 1][1] == neg:
            return None
        rows = self._path(back, tokens, n, width)
        if rows is None or not self._exported(rows, fields):
            return None
        # a line no column could hold is no alignment
        if any(
            cell and cell[0].text and self._cell(field, cell) <= MISFIT
            for row in rows
            for field, cell in zip(fields, row)
        ):
            return None
        return rows

    def _exported(self, rows: list[list[list[Token]]], fields: list[str | None]) -> bool:
        """The table shows a word processor's text export: an empty cell printed as a blank
        line, or a Recommendation cell printing its number then its text. Cells printed whole
        one after another without either mark, or rows printed a line at a time across their
        cells, are for the count (plan.stacked_cells) and the rounds (plan.line_rounds)."""
        return any(
            any(not t.text for t in cell)
            or field == "recommendation"
            and len(cell) > 1
            and self.is_ref(cell[0].text)
            for row in rows
            for field, cell in zip(fields, row)
        )

    @staticmethod
    def _relax(best, back, frm: tuple[int, int, int], to: tuple[int, int, int], score: float) -> None:
        i, c, h = to
        if score > best[i][c][h]:
            best[i][c][h] = score
            back[to] = frm

    def _path(self, back, tokens: list[Token], n: int, width: int) -> list[list[list[Token]]] | None:
        cells: list[tuple[int, list[Token]]] = []  # (column, lines), last first
        state = (n, width - 1, 1)
        while state in back:
            frm = back[state]
            cells.append((state[1], tokens[frm[0] : state[0]]))
            state = frm
        if state != (0, width - 1, 1):
            return None
        rows: list[list[list[Token]]] = []
        for col, lines in reversed(cells):
            if col == 0:
                rows.append([[] for _ in range(width)])
            rows[-1][col] = lines
        return rows

    def _cell(self, field: str | None, lines: list[Token]) -> float:
        """How well a cell of these lines fits a column of this field (-inf: it cannot)."""
        texts = [t.text for t in lines]
        if len(texts) == 1:
            return self._fit(field, texts[0])
        first = texts[0]
        rest = " ".join(texts[1:])
        # a Recommendation cell holding the number, then the recommendation
        if field == "recommendation" and self.is_ref(first) and not self.is_ref(rest):
            return self._fit(field, first) + max(0.0, self._fit(field, rest)) + EXTRA_LINE * (len(texts) - 2)
        if any(self.is_ref(t) or self.roles.is_date(t) or self.roles.is_status(t) for t in texts):
            return float("-inf")  # a number, a date or a status word is a cell of its own
        if field in _TEXT_FIELDS or field in (None, "recommendation", "scope"):
            return self._fit(field, " ".join(texts)) + EXTRA_LINE * (len(texts) - 1)
        return float("-inf")

    def _fit(self, field: str | None, text: str) -> float:
        key = (field, text)
        fit = self._fits.get(key)
        if fit is None:
            fit = self._fits[key] = self._judge(field, text)
        return fit

    def _judge(self, field: str | None, text: str) -> float:
        r = self.roles
        ref, date = self.is_ref(text), r.is_date(text)
        status = r.is_status(text)
        words = len(text.split())
        if field in ("recommendation_ref", "ref"):
            return 3.0 if ref else MISFIT
        if field == "recommendation":
            return 3.0 if ref else 1.0 if words >= LONG_TEXT else MISFIT if date or status else 0.0
        if ref:
            return MISFIT  # a number alone belongs to the ref column
        if field == "target_date":
            return 3.0 if date else MISFIT
        if field == "status":
            return 2.0 if status or r.opens_status(text) else -1.0 if date else 0.0
        if date or status:
            return MISFIT if field in ("lead", "action") else -0.5
        if field == "lead":
            return 2.0 if r.is_name(text) else 1.0 if r.is_bare_name(text) else -1.0
        if field == "action":
            return 2.0 if r.is_instruction(text) else 1.0 if words >= LONG_TEXT else 0.0
        if field in _TEXT_FIELDS:
            return 1.0 if words >= LONG_TEXT else 0.5
        return 0.5 if words < LONG_TEXT else 0.0  # a column the header names no field for
