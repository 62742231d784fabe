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

from dataclasses import dataclass

import regex

from dhrparse.vocab.dates import find_dates
from dhrparse.patterns import Patterns
from dhrparse.plan.interleaved import PrintedLine, _lead_words, _name_like

MAX_SHORT = {"scope": 3, "target_date": 7, "lead": 12}  # longest cell, in words, of the short roles
MAX_POINTS = 160  # a row with more places a cell could start is left to the date and cell-end cues
LONG = 12  # a free-text cell longer than this many words is judged by its start and end alone
MID_WORDS = 12  # cells share a printed line near its start ("June 2022 Completed", "training Lead GP 01/03/2013 Given")
MID_LINE = 0.75  # a cell starting inside a printed line needs that much more evidence
NEVER = 1e9

_SENTENCE_END = regex.compile(r"[.;!?:]['’\"”)]?$")
_OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*▪●◦\"'‘“]")
_TEXT_ROLES = {"recommendation", "action"}  # cells a row always has
# a wrapped sentence breaks after these words; a cell does not end on them
_JOINING = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


@dataclass
class _Word:
    text: str
    line_start: bool  # the first word of a printed line
    after_cell_end: bool  # the line before was printed without a trailing space (a cell's end)


class RowCells:
    """The vocabulary of cell shapes, built once per Patterns (owned by the plan walker)."""

    def __init__(self, p: Patterns):
        self.p = p
        self.lead_words = _lead_words(p)
        phrases = [
            w for v in ("not_started", "in_progress", "complete") for w in p.list(f"actions.status.{v}")
        ]
        alts = "|".join(sorted((regex.escape(w) for w in phrases), key=len, reverse=True))
        # a completion cell opens with its status word ("Completed March 2022 – leaflets ...")
        self.status_rx = regex.compile(rf"(?:action\s+)?(?:{alts})(?![\w-])", regex.I)
        self.no_date = {w.lower() for w in p.list("dates.words.no_date")}
        self._dates: dict[str, bool] = {}
        self.scope_rx = [regex.compile(rx, regex.I) for rx in (p.get("scope.printed", {}) or {}).values()]

    # ---- the cells of one row ------------------------------------------------------------------
    def split(
        self, lines: list[PrintedLine], columns: list[str], cell_ends: bool, closing_status: bool = False
    ) -> tuple[dict[str, str], list[str]]:
        """Cells by field. `closing_status`: the last column's header is ambiguous ("Outcome"),
        so a cell there that opens with a status word is the row's status."""
        fields = [c for c in columns if c != "ref"]
        words = self._words(lines, cell_ends)
        if not words or not fields:
            return {}, []
        cuts = self._candidate_cuts(words)
        if len(cuts) > MAX_POINTS:
            # (the programme grows with the square of the places; such a row is prose, not cells)
            return {}, ["too much text in one row to place its cells by their shapes"]
        best = self._best_cuts(words, cuts, fields)
        if best is None:
            return {}, ["cells could not be placed in the header's columns; text kept as the first column"]
        cells: dict[str, str] = {}
        for field, (a, b) in zip(fields, best):
            text = " ".join(w.text for w in words[a:b]).strip()
            if text:
                cells[field] = text
        last = fields[-1]
        if closing_status and "status" not in fields and self.status_rx.match(cells.get(last, "")):
            cells["status"] = cells.pop(last)
        return cells, []

    @staticmethod
    def _words(lines: list[PrintedLine], cell_ends: bool) -> list[_Word]:
        out: list[_Word] = []
        ended = False
        for ln in lines:
            for k, w in enumerate(ln.text.split()):
                out.append(_Word(w, k == 0, k == 0 and ended))
            ended = cell_ends and ln.ends_cell
        return out

    @staticmethod
    def _candidate_cuts(words: list[_Word]) -> list[int]:
        """Word positions where a cell may start: every printed line's start, and a word inside a
        line that opens with a capital or a digit (two cells printed on one line)."""
        out: list[int] = []
        k = 0  # the word's place in its printed line
        for i, w in enumerate(words):
            k = 0 if w.line_start else k + 1
            if i and (w.line_start or k <= MID_WORDS and _OPENS.match(w.text)):
                out.append(i)
        return out

    def _best_cuts(
        self, words: list[_Word], cuts: list[int], fields: list[str]
    ) -> list[tuple[int, int]] | None:
        """Cells (start, end) per field, the segmentation of least cost."""
        points = [0] + cuts + [len(words)]
        n = len(points)
        cache: dict[tuple[int, int, str], float] = {}
        # what a cell's first word says does not depend on the column: judged once per start
        opening = {a: self._opening_cost(words, a) for a in points[:-1]}

        def cost(i: int, j: int, field: str) -> float:
            key = (i, j, field)
            if key not in cache:
                a = points[i]
                cache[key] = self._cell_cost(words, a, points[j], field, opening.get(a, 0.0))
            return cache[key]

        # best[c][j]: least cost of the first c fields covering words up to points[j]. A long
        # free-text or status cell's cost is its start's plus its end's, so the starts far
        # before j are kept as one running least value; only near starts are tried one by one
        best = [[NEVER] * n for _ in range(len(fields) + 1)]
        back = [[-1] * n for _ in range(len(fields) + 1)]
        best[0][0] = 0.0
        for c, field in enumerate(fields, start=1):
            last = c == len(fields)
            short = MAX_SHORT.get(field)
            near = short if short is not None else LONG
            far_best, far_i, k = NEVER, -1, 0
            for j in range(n) if not last else (n - 1,):
                if short is None:
                    while k < j and points[j] - points[k] > LONG:
                        if best[c - 1][k] < NEVER:
                            v = best[c - 1][k] + self._start_cost(words, points[k], field, opening[points[k]])
                            if v < far_best:
                                far_best, far_i = v, k
                        k += 1
                    if far_i >= 0:
                        total = far_best + self._end_cost(words, points[j], field)
                        if total < best[c][j]:
                            best[c][j], back[c][j] = total, far_i
                for i in range(j, -1, -1):
                    if points[j] - points[i] > near:
                        break
                    if best[c - 1][i] >= NEVER:
                        continue
                    total = best[c - 1][i] + cost(i, j, field)
                    if total < best[c][j]:
                        best[c][j], back[c][j] = total, i
        if best[len(fields)][n - 1] >= NEVER:
            return None
        spans: list[tuple[int, int]] = []
        j = n - 1
        for c in range(len(fields), 0, -1):
            i = back[c][j]
            spans.append((points[i], points[j]))
            j = i
        return spans[::-1]

    # ---- how well a run of words fits a column ---------------------------------------------------
    def _opening_cost(self, words: list[_Word], a: int) -> float:
        """What a cell's first word says about a cell starting there."""
        first = words[a]
        cost = 0.0
        if a:
            if not first.line_start:
                cost += MID_LINE
            if first.after_cell_end:
                cost -= 1.0
            if _SENTENCE_END.search(words[a - 1].text):
                cost -= 0.5  # the cell before completed its sentence
        if not _OPENS.match(first.text):
            cost += 3.0  # cells open with a capital, a number or a bullet; wrapped lines need not
        return cost

    def _start_cost(self, words: list[_Word], a: int, field: str, opening: float) -> float:
        """The part of a long (> LONG words) free-text or status cell's cost its start decides;
        `opening` is `_opening_cost` of its first word."""
        cost = opening
        if field == "status":
            cost += self._status_cost(words, a, len(words))
        return cost

    @staticmethod
    def _end_cost(words: list[_Word], b: int, field: str) -> float:
        """The part of a long free-text cell's cost its end decides."""
        if field != "status" and words[b - 1].text.lower() in _JOINING:
            return 1.5  # a sentence does not end on "in"
        return 0.0

    def _status_cost(self, words: list[_Word], a: int, b: int) -> float:
        return -2.0 if self.status_rx.match(" ".join(w.text for w in words[a : min(b, a + 4)])) else 1.0

    def _cell_cost(self, words: list[_Word], a: int, b: int, field: str, opening: float) -> float:
        """How badly words[a:b] fit as `field`'s cell; `opening` is `_opening_cost` of words[a]."""
        if a == b:
            return self._empty_cost(field)
        n = b - a
        cost = opening
        short = MAX_SHORT.get(field)
        if short is not None and n > short:
            return NEVER
        # only short runs are read as text: a free-text cell is judged by its ends alone
        text = " ".join(w.text for w in words[a:b]) if n <= (short if short is not None else 6) else None
        if field == "target_date":
            return cost + self._date_cost(text)
        if field == "scope":
            return cost + (-2.0 if any(rx.search(text) for rx in self.scope_rx) and n <= 2 else 3.0)
        if field == "lead":
            return cost + self._lead_cost(text)
        if field == "status":
            return cost + self._status_cost(words, a, b)
        # free text: a bare date is another column's cell, and a sentence does not end on "in"
        if n <= 4 and self._is_date(text):
            cost += 2.0
        cost += self._end_cost(words, b, field)
        if text is not None and n <= 6 and _name_like(text, self.lead_words):
            cost += 1.5  # a few capitalised words are a name's tail ("Trust"), not a sentence
        return cost

    @staticmethod
    def _empty_cost(field: str) -> float:
        if field in _TEXT_ROLES:
            return 3.0
        if field in ("target_date", "lead"):
            return 1.5
        return 0.5

    def _date_cost(self, text: str) -> float:
        if text.lower().strip(" .") in self.no_date:
            return -1.5
        if not self._is_date(text):
            return 4.0
        # a date that closes a sentence ("Letter sent September 2021.") belongs to that sentence
        return -2.0 + (0.5 if text.endswith(".") else 0.0)

    def _is_date(self, text: str) -> bool:
        if text not in self._dates:  # the same few words are asked about for every column
            self._dates[text] = self._whole_date(text)
        return self._dates[text]

    def _whole_date(self, text: str) -> bool:
        dates = find_dates(text, self.p)
        if len(dates) != 1:
            return False
        d = dates[0]
        return not text[: d.start].strip(" –-") and not text[d.end :].strip(" .,;–-")

    def _lead_cost(self, text: str) -> float:
        """A lead names a body or a role: the whole run of name-like lines is the cell (the
        next cell opens with a sentence), the more so when it holds a role or body word."""
        if not _name_like(text, self.lead_words):
            return 3.0
        words = text.split()
        size = 0.1 * min(len(words), 8)
        if any(w.lower().strip(",.()") in self.lead_words for w in words):
            return -2.0 - size
        return -0.5 - size
