"""Split one plan row, printed cell after cell with every cell wrapped over several lines,
into the header's columns.

A PDF-to-text export of a wide plan (the Home Office template: Recommendation | Scope |
Action | Lead | Milestones | Target date | Completion and outcome) prints each cell's
wrapped lines one after another, in column order; a short cell may share its line with the
first line of the next one ("Local Commission translation", "June 2022 Completed June").
Nothing marks where one cell ends, but the header says how many cells there are and in
which order, and each column's role says what its cell looks like: a scope is a word like
"Local", a lead names an agency or role, a target date is a date and nothing else, a
completion cell opens with a status word, free-text cells open with a capital. The row is
split at the line boundaries (and the few in-line word boundaries before a capital) whose
cells best fit their columns' roles: a small dynamic programme over those boundaries.
"""

from __future__ import annotations

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.cell_programme import NEVER, Programme
from dhrparse.plan.interleaved import PrintedLine, lead_vocabulary
from dhrparse.plan.row_fits import no_date_firsts, offer_dates, offer_leads, text_starts
from dhrparse.plan.row_words import (  # noqa: F401  (the row's words, read from here by the tests too)
    ASCII_DIGITS,
    MID_WORDS,
    NO_DIGIT,
    OPENS,
    RowWords,
    Word,
    candidate_cuts,
    may_hold_digit,
    opens_cell,
    printed_words,
)
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

MAX_SHORT = {"scope": 3, "target_date": 7, "lead": 12}  # longest cell, in words, of the short roles
MAX_POINTS = 160  # a row with more places a cell could start is left to the date and cell-end cues
LONG = 12  # a free-text cell longer than this many words is judged by its start and end alone
MID_LINE = 0.75  # a cell starting inside a printed line needs that much more evidence
TOO_MUCH = "too much text in one row to place its cells by their shapes"

_TEXT_ROLES = {"recommendation", "action"}  # cells a row always has


class RowCells:
    """The vocabulary of cell shapes, built once per Patterns (owned by the plan walker)."""

    def __init__(self, p: Patterns):
        self.p = p
        self.lead_words = lead_vocabulary(p)
        phrases = [
            w
            for v in ("not_started", "in_progress", "complete", "not_finished")
            for w in p.list(f"actions.status.{v}")
        ]
        alts = literal_alternation(phrases, longest_first=True)
        # a completion cell opens with its status word ("Completed March 2022 – leaflets ...")
        self.status_rx = regex.compile(rf"(?:action\s+)?(?:{alts})(?![\w-])", regex.I)
        self.no_date = {w.lower() for w in p.list("dates.words.no_date")}
        self.no_date_firsts = no_date_firsts(self.no_date)
        self._dates: dict[str, bool] = {}
        self.scope_rx = [regex.compile(rx, regex.I) for rx in (p.get("scope.printed", {}) or {}).values()]

    # ---- the cells of one row ------------------------------------------------------------------
    def split(
        self, lines: list[PrintedLine], columns: list[str], cell_ends: bool, closing_status: bool = False
    ) -> tuple[dict[str, str], list[str]]:
        """Cells by field. `closing_status`: the last column's header is ambiguous ("Outcome"),
        so a cell there that opens with a status word is the row's status."""
        fields = [c for c in columns if c != "ref"]
        if not fields:
            return {}, []
        # every printed line after the first is a place a cell may start: a row of more lines
        # than places allowed is turned down without reading it word by word
        if sum(1 for ln in lines if ln.text.strip()) > MAX_POINTS + 1:
            return {}, [TOO_MUCH]
        words = printed_words(lines, cell_ends)
        if not words:
            return {}, []
        cuts = candidate_cuts(words)
        if len(cuts) > MAX_POINTS:
            # (the programme grows with the square of the places; such a row is prose, not cells)
            return {}, [TOO_MUCH]
        row = RowWords(words, cuts, self.lead_words)
        best = self._best_cuts(row, fields)
        if best is None:
            return {}, ["cells could not be placed in the header's columns; text kept as the first column"]
        cells: dict[str, str] = {}
        for field, (a, b) in zip(fields, best):
            text = row.text(a, b).strip()
            if text:
                cells[field] = text
        last = fields[-1]
        if closing_status and "status" not in fields and self.status_rx.match(cells.get(last, "")):
            cells["status"] = cells.pop(last)
        return cells, []

    def _best_cuts(self, row: RowWords, fields: list[str]) -> list[tuple[int, int]] | None:
        """Cells (start, end) per field, the segmentation of least cost."""
        table = Programme(len(fields), len(row.points))
        # what a cell's first word says does not depend on the column: judged once per start
        opening = {a: _opening_cost(row.words, a) for a in row.points[:-1]}
        for c, field in enumerate(fields, start=1):
            ends = range(len(row.points)) if c < len(fields) else (len(row.points) - 1,)
            if MAX_SHORT.get(field) is None:
                self._far_starts(row, table, c, field, ends, opening)
            self._near_starts(row, table, c, field, ends, opening)
        return table.spans(row.points, len(fields))

    def _far_starts(self, row: RowWords, table: Programme, c: int, field: str, ends, opening) -> None:
        """A long free-text or status cell's cost is its start's plus its end's, so the starts
        more than LONG words before an end are kept as one running least value."""
        points, before, best, back = row.points, table.best[c - 1], table.best[c], table.back[c]
        status = field == "status"  # (a status cell's end costs nothing: `_end_cost`)
        far_best, far_i, k = NEVER, -1, 0
        for j in ends:
            while k < j and points[j] - points[k] > LONG:
                if before[k] < NEVER:
                    a = points[k]
                    v = before[k] + (self._start_cost(row, a, field, opening[a]) if status else opening[a])
                    if v < far_best:
                        far_best, far_i = v, k
                k += 1
            if far_i >= 0:
                total = far_best + (0.0 if status else row.text_end[points[j]])
                if total < best[j]:  # (`Programme.offer`)
                    best[j], back[j] = total, far_i

    def _near_starts(self, row: RowWords, table: Programme, c: int, field: str, ends, opening) -> None:
        """Starts within a short cell's length (or LONG words) of the end, tried one by one,
        after the far starts, nearest first."""
        if _free_text(field):
            # (a free-text cell fits alike in every free-text column: its near starts are listed once)
            table.offer_listed(c, ends, self._text_starts(row, opening), _empty_cost(field))
            return
        near, empty = MAX_SHORT.get(field, LONG), _empty_cost(field)
        if field == "lead":  # (the two short cells every wide row tries, their fits worked out inline)
            offer_leads(table, c, ends, row, near, empty, opening)
        elif field == "target_date":
            offer_dates(self, table, c, ends, row, near, empty, opening)
        else:
            table.offer_near(c, ends, row, near, empty, opening, self._fit(field))

    def _text_starts(self, row: RowWords, opening) -> dict[int, list[tuple[int, float]]]:
        """The near starts of a free-text cell and their fits at every end point, kept with the row."""
        if row.text_starts is None:
            row.text_starts = text_starts(self, row, LONG, opening)
        return row.text_starts

    # ---- how well a run of words fits a column ---------------------------------------------------
    def _start_cost(self, row: RowWords, a: int, field: str, opening: float) -> float:
        """The part of a long (> LONG words) free-text or status cell's cost its start decides;
        `opening` is `_opening_cost` of its first word."""
        cost = opening
        if field == "status":
            cost += self._status_cost(row, a, len(row.words))
        return cost

    def _status_cost(self, row: RowWords, a: int, b: int) -> float:
        """A status cell opens with its status word, read from its first four words at most:
        every cell from the same start longer than that asks the same question, answered once."""
        e = min(b, a + 4)
        opens = row.status_opens.get((a, e))
        if opens is None:
            opens = row.status_opens[a, e] = self.status_rx.match(row.text(a, e)) is not None
        return -2.0 if opens else 1.0

    def _fit(self, field: str):
        """How words[a:b] (a < b) fit as a short role's or the status's cell, past their opening."""
        if field == "target_date":
            return self._date_cost
        if field == "scope":
            return self._scope_cost
        return self._lead_cost if field == "lead" else self._status_cost

    def _scope_cost(self, row: RowWords, a: int, b: int) -> float:
        return -2.0 if b - a <= 2 and any(rx.search(row.text(a, b)) for rx in self.scope_rx) else 3.0

    def _cell_cost(self, row: RowWords, a: int, b: int, field: str, opening: float) -> float:
        """How badly words[a:b] fit as `field`'s cell; `opening` is `_opening_cost` of words[a]."""
        if a == b:
            return _empty_cost(field)
        n = b - a
        cost = opening
        short = MAX_SHORT.get(field)
        if short is not None and n > short:
            return NEVER
        if not _free_text(field):
            return cost + self._fit(field)(row, a, b)
        # a free-text cell's fit is the same whichever free-text column is tried
        if (a, b) not in row.text_costs:
            row.text_costs[a, b] = self._text_cost(row, a, b, cost)
        return row.text_costs[a, b]

    def _text_cost(self, row: RowWords, a: int, b: int, opening: float) -> float:
        """A free-text cell is judged by its ends alone: a bare date is another column's cell,
        and a sentence does not end on "in"."""
        cost = opening
        if b - a <= 4 and self._is_date(row, a, b):
            cost += 2.0
        cost += _end_cost(row, b, "text")
        if b - a <= 6 and row.name_like(a, b):
            cost += 1.5  # a few capitalised words are a name's tail ("Trust"), not a sentence
        return cost

    def _date_cost(self, row: RowWords, a: int, b: int) -> float:
        if row.text(a, b).lower().strip(" .") in self.no_date:
            return -1.5
        if not self._is_date(row, a, b):
            return 4.0
        # a date that closes a sentence ("Letter sent September 2021.") belongs to that sentence
        return -2.0 + (0.5 if row.words[b - 1].text.endswith(".") else 0.0)

    def _is_date(self, row: RowWords, a: int, b: int) -> bool:
        """words[a:b] are one date and nothing else (`_whole_date` of their text)."""
        if not row.holds_digit(a, b):
            return False  # (find_dates finds nothing in a text without a digit)
        text = row.text(a, b)
        if text not in self._dates:  # the same few words are asked about for every column
            self._dates[text] = self._whole_date(text)
        return self._dates[text]

    def _whole_date(self, text: str) -> bool:
        dates = find_dates(text, self.p)
        if len(dates) != 1:
            return False
        d = dates[0]
        return not text[: d.start].strip(" –-") and not text[d.end :].strip(" .,;–-")

    @staticmethod
    def _lead_cost(row: RowWords, a: int, b: int) -> float:
        """A lead names a body or a role: the whole run of name-like lines is the cell (the
        next cell opens with a sentence), the more so when it holds a role or body word."""
        if not row.name_like(a, b):
            return 3.0
        size = 0.1 * min(b - a, 8)
        if row.holds_role(a, b):
            return -2.0 - size
        return -0.5 - size


def _opening_cost(words: list[Word], a: int) -> float:
    """What a cell's first word says about a cell starting there."""
    first = words[a]
    cost = 0.0
    if a:
        if not first.line_start:
            cost += MID_LINE
        if first.after_cell_end:
            cost -= 1.0
        if SENTENCE_END.search(words[a - 1].text):
            cost -= 0.5  # the cell before completed its sentence
    if not opens_cell(first.text):
        cost += 3.0  # cells open with a capital, a number or a bullet; wrapped lines need not
    return cost


def _end_cost(row: RowWords, b: int, field: str) -> float:
    """The part of a long free-text cell's cost its end decides: a sentence does not end on
    "in" (`RowWords.text_end`)."""
    return 0.0 if field == "status" else row.text_end[b]


def _free_text(field: str) -> bool:
    """A column judged by `_text_cost`: neither a short role nor the status."""
    return field not in MAX_SHORT and field != "status"


def _empty_cost(field: str) -> float:
    if field in _TEXT_ROLES:
        return 3.0
    if field in ("target_date", "lead"):
        return 1.5
    return 0.5
