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

from functools import cache
from itertools import accumulate
from typing import NamedTuple

import regex

from dhrparse.patterns import Patterns
from dhrparse.plan.cell_programme import NEVER, Programme
from dhrparse.plan.interleaved import _SMALL, PrintedLine, _lead_words
from dhrparse.plan.row_fits import no_date_firsts, offer_dates, offer_leads, text_starts
from dhrparse.plan.wrapping import JOINING_WORDS, SENTENCE_END
from dhrparse.vocab.dates import find_dates

MAX_SHORT = {"scope": 3, "target_date": 7, "lead": 12}  # longest cell, in words, of the short roles
MAX_POINTS = 160  # a row with more places a cell could start is left to the date and cell-end cues
LONG = 12  # a free-text cell longer than this many words is judged by its start and end alone
MID_WORDS = 12  # cells share a printed line near its start ("June 2022 Completed", "training Lead GP 01/03/2013 Given")
MID_LINE = 0.75  # a cell starting inside a printed line needs that much more evidence
TOO_MUCH = "too much text in one row to place its cells by their shapes"

_OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*▪●◦\"'‘“]")
_TEXT_ROLES = {"recommendation", "action"}  # cells a row always has
_QUOTES = "(\"'‘“"
_ASCII_DIGITS = frozenset("0123456789")
# characters no Unicode table takes for a digit: ASCII but 0-9, the Latin-1 signs and letters
# but the superscripts and fractions (¹²³¼½¾), the general punctuation (• ’ “ – …)
_NO_DIGIT = frozenset(
    chr(c)
    for c in (*range(0x80), *range(0xA0, 0x100), *range(0x2010, 0x205F))
    if chr(c) not in _ASCII_DIGITS and chr(c) not in "\u00b2\u00b3\u00b9\u00bc\u00bd\u00be"
)


class _Word(NamedTuple):
    text: str
    line_start: bool  # the first word of a printed line
    after_cell_end: bool  # the line before was printed without a trailing space (a cell's end)


_new_word = tuple.__new__  # (a _Word built without NamedTuple's Python constructor)


class _Row:
    """One row's words, the places a cell may start, and what each word says about the cells
    holding it. The programme asks about the same runs of words for every column, so a run's
    text and whether it reads as a name (`interleaved._name_like`) are worked out once, the
    latter from its words: a run is a name when each word could be part of one."""

    def __init__(self, words: list[_Word], cuts: list[int], lead_words: set[str]):
        self.words = words
        self.points = [0] + cuts + [len(words)]
        self._texts: dict[tuple[int, int], str] = {}
        self.text_costs: dict[tuple[int, int], float] = {}  # a free-text cell's fit, by its span
        # per end point, the near starts of a free-text cell and their fits (see RowCells._text_starts)
        self.text_starts: dict[int, list[tuple[int, float]]] | None = None
        # (start, end of its first four words at most) -> the cell opens with a status word
        self.status_opens: dict[tuple[int, int], bool] = {}
        self._plain = plain = [w.text for w in words]
        lowered = [t.lower() for t in plain]
        roles = [lw.strip(",.()") in lead_words for lw in lowered]
        # running counts: words that cannot be part of a name, words naming a role or body
        self.not_name = [0, *accumulate(_not_name_words(plain, lowered, roles))]
        self.role = [0, *accumulate(roles)]
        # by a cell's past-last word: what its end costs a free-text cell (`_end_cost`)
        self.text_end = [0.0, *(1.5 if lw in JOINING_WORDS else 0.0 for lw in lowered)]
        # running count of words that may hold a digit: every date form holds one (vocab.date_search)
        self.digits = [0, *accumulate(map(_may_hold_digit, plain))]

    def text(self, a: int, b: int) -> str:
        text = self._texts.get((a, b))
        if text is None:
            text = self._texts[a, b] = " ".join(self._plain[a:b])
        return text

    def name_like(self, a: int, b: int) -> bool:
        """`interleaved._name_like` of words[a:b]: opens with a capital or digit, each word
        could be part of a name, and the run does not end a sentence."""
        if a >= b or self._plain[b - 1].endswith("."):
            return False
        first = self._plain[a].lstrip(_QUOTES)[:1]
        return (first.isupper() or first.isdigit()) and self.not_name[b] == self.not_name[a]

    def name_opens(self) -> list[bool]:
        """Per place a cell may start: its first word opens a name (`name_like`'s first test)."""
        return [(f := self._plain[a].lstrip(_QUOTES)[:1]).isupper() or f.isdigit() for a in self.points[:-1]]

    def sentence_ends(self) -> list[bool]:
        """Per place a cell may end: the word before it ends a sentence (no name ends there)."""
        return [False] + [self._plain[b - 1].endswith(".") for b in self.points[1:]]

    def holds_digit(self, a: int, b: int) -> bool:
        """A word of words[a:b] holds a digit: without one the run names no date."""
        return self.digits[b] > self.digits[a]

    def holds_role(self, a: int, b: int) -> bool:
        """A word of words[a:b] names a role or body ("Lead GP", "Trust")."""
        return self.role[b] > self.role[a]


def _may_hold_digit(text: str) -> bool:
    """Whether `text` may hold what the date search takes for a digit: an ASCII text is asked
    about 0-9; a text holding any character beyond ASCII but the Latin-1 letters and signs and
    the general punctuation of plan rows (bullets, curly quotes, dashes: no digit in any Unicode
    table) is counted in (the engines' Unicode digit tables may differ)."""
    if text.isascii() and text.isalpha():
        return False  # (most words: ASCII letters alone)
    return not _ASCII_DIGITS.isdisjoint(text) or not _NO_DIGIT.issuperset(text)


def _not_name_words(plain: list[str], lowered: list[str], roles: list[bool]) -> list[bool]:
    """Per word, whether it cannot stand in a name or role line (the test `interleaved._name_like`
    puts to each word): it is none of capitalised, a number, punctuation, a small joining word or
    a role word. One pass over the row, the role test shared with `_Row.role`."""
    out: list[bool] = []
    for text, lw, role in zip(plain, lowered, roles):
        c = text.lstrip(_QUOTES)[:1] if text[:1] in _QUOTES else text[:1]
        out.append(not (c.isupper() or c.isdigit() or not c.isalpha() or role or lw in _SMALL))
    return out


class RowCells:
    """The vocabulary of cell shapes, built once per Patterns (owned by the plan walker)."""

    def __init__(self, p: Patterns):
        self.p = p
        self.lead_words = _lead_words(p)
        phrases = [
            w
            for v in ("not_started", "in_progress", "complete", "not_finished")
            for w in p.list(f"actions.status.{v}")
        ]
        alts = "|".join(sorted((regex.escape(w) for w in phrases), key=len, reverse=True))
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
        words = _words(lines, cell_ends)
        if not words:
            return {}, []
        cuts = _candidate_cuts(words)
        if len(cuts) > MAX_POINTS:
            # (the programme grows with the square of the places; such a row is prose, not cells)
            return {}, [TOO_MUCH]
        row = _Row(words, cuts, self.lead_words)
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

    def _best_cuts(self, row: _Row, fields: list[str]) -> list[tuple[int, int]] | None:
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

    def _far_starts(self, row: _Row, table: Programme, c: int, field: str, ends, opening) -> None:
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

    def _near_starts(self, row: _Row, table: Programme, c: int, field: str, ends, opening) -> None:
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

    def _text_starts(self, row: _Row, opening) -> dict[int, list[tuple[int, float]]]:
        """The near starts of a free-text cell and their fits at every end point, kept with the row."""
        if row.text_starts is None:
            row.text_starts = text_starts(self, row, LONG, opening)
        return row.text_starts

    # ---- how well a run of words fits a column ---------------------------------------------------
    def _start_cost(self, row: _Row, a: int, field: str, opening: float) -> float:
        """The part of a long (> LONG words) free-text or status cell's cost its start decides;
        `opening` is `_opening_cost` of its first word."""
        cost = opening
        if field == "status":
            cost += self._status_cost(row, a, len(row.words))
        return cost

    def _status_cost(self, row: _Row, a: int, b: int) -> float:
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

    def _scope_cost(self, row: _Row, a: int, b: int) -> float:
        return -2.0 if b - a <= 2 and any(rx.search(row.text(a, b)) for rx in self.scope_rx) else 3.0

    def _cell_cost(self, row: _Row, a: int, b: int, field: str, opening: float) -> float:
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

    def _text_cost(self, row: _Row, a: int, b: int, opening: float) -> float:
        """A free-text cell is judged by its ends alone: a bare date is another column's cell,
        and a sentence does not end on "in"."""
        cost = opening
        if b - a <= 4 and self._is_date(row, a, b):
            cost += 2.0
        cost += _end_cost(row, b, "text")
        if b - a <= 6 and row.name_like(a, b):
            cost += 1.5  # a few capitalised words are a name's tail ("Trust"), not a sentence
        return cost

    def _date_cost(self, row: _Row, a: int, b: int) -> float:
        if row.text(a, b).lower().strip(" .") in self.no_date:
            return -1.5
        if not self._is_date(row, a, b):
            return 4.0
        # a date that closes a sentence ("Letter sent September 2021.") belongs to that sentence
        return -2.0 + (0.5 if row.words[b - 1].text.endswith(".") else 0.0)

    def _is_date(self, row: _Row, a: int, b: int) -> bool:
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
    def _lead_cost(row: _Row, a: int, b: int) -> float:
        """A lead names a body or a role: the whole run of name-like lines is the cell (the
        next cell opens with a sentence), the more so when it holds a role or body word."""
        if not row.name_like(a, b):
            return 3.0
        size = 0.1 * min(b - a, 8)
        if row.holds_role(a, b):
            return -2.0 - size
        return -0.5 - size


def _words(lines: list[PrintedLine], cell_ends: bool) -> list[_Word]:
    out: list[_Word] = []
    ended = False
    for ln in lines:
        texts = ln.text.split()
        if texts:  # (built as tuples: a long plan has tens of thousands of words)
            out.append(_new_word(_Word, (texts[0], True, ended)))
            out += [_new_word(_Word, (w, False, False)) for w in texts[1:]]
        ended = cell_ends and ln.ends_cell
    return out


def _candidate_cuts(words: list[_Word]) -> list[int]:
    """Word positions where a cell may start: every printed line's start, and a word inside a
    line that opens with a capital or a digit (two cells printed on one line)."""
    out: list[int] = []
    k = 0  # the word's place in its printed line
    for i, w in enumerate(words):
        k = 0 if w.line_start else k + 1
        if i and (w.line_start or k <= MID_WORDS and _opens(w.text)):
            out.append(i)
    return out


def _opens(text: str) -> bool:
    """`_OPENS` matches the text: it reads the first character alone, so it is asked once per
    character (a row's words open with a few dozen)."""
    return _opens_with(text[:1])


@cache
def _opens_with(first: str) -> bool:
    return _OPENS.match(first) is not None


def _opening_cost(words: list[_Word], a: int) -> float:
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
    if not _opens(first.text):
        cost += 3.0  # cells open with a capital, a number or a bullet; wrapped lines need not
    return cost


def _end_cost(row: _Row, b: int, field: str) -> float:
    """The part of a long free-text cell's cost its end decides: a sentence does not end on
    "in" (`_Row.text_end`)."""
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
