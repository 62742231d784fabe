"""Which cell each printed line of one plan row belongs to, when a plain PDF-to-text export
(pdftotext without -layout) printed the row a line at a time across its cells.

Such an export prints the first line of every cell of the row in column order, then the
second line of every cell that has one, and so on: each *round* holds one line of every cell
still running, so the columns printing in a round are those of the round before, less the
cells that ended (cells are top-aligned). Two short cells on one baseline may share a
printed line ("... is recorded Board Business Manager").

Nothing marks where a round ends, but the columns' roles say what their lines look like: a
cell opens with a capital or a number, a target date is a date, a status cell opens with a
status word, a lead is a short name, a wrapped line carries on its cell (lower case, after a
word like "and"), and a line wraps only when its next word did not fit. A small search over
the rounds (a beam over how many lines each round takes and which columns print in it)
finds the reading that fits best. The same costs price the lines read as whole cells one
after another, the other way such exports print a row, so the caller can tell the two apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.layout_words import LayoutWords
from dhrparse.plan.symbol_key import status_mark
from dhrparse.plan.tick_boxes import box_alone
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.dates import find_dates

BEAM = 64  # partial readings kept after each printed line
ROUND = 0.2  # each round: of two readings, the one with fewer rounds spreads its lines over more cells
MAX_LINES = 60  # a longer run of lines is not one row
LEFT_OUT = 1.5  # a line after the row's cells (the table's end: a note or a paragraph)
MERGED = 0.5  # two cells sharing one printed line
NARROWER = 1.1  # a column holds less than a line that wrapped and its next word (proportional type)
LATE_DATE = 0.3  # a date cell cut from a printed line after a word that is not its own
ROOM = 0.8  # a line this much narrower than its column had room for the next word (proportional type)
WIDER = 1.15  # a printed line this much wider than its column's others is not the column's
_GLUED = regex.compile(r"\p{Ll}(?=\p{Lu}\p{Ll})")
OPENS = regex.compile(r"^[\p{Lu}\d(•\-–*▪●◦\"'‘“£■□]")  # (■□: a progress bar, plan.progress_bars)
# a line ending on a dash carries on as a sentence does after a joining word
_JOINING = LayoutWords("wrap_joining_words", frozenset({"–", "-"}))
STATUS_WORDS = 8  # a status cell not opening with a status word is a few words ("Awaiting the audit")
_FREE = {"target_date", "status", "lead", "ref"}  # roles with a shape of their own; others are free text
_PROGRESS = {"progress", "desired_outcome", "success_measure"}  # free text that may open with a status
_EMPTY = {"action": 3.0, "recommendation": 3.0, "lead": 1.5, "target_date": 1.5}


@dataclass(frozen=True, slots=True)
class Reading:
    """A row's cells (each the printed parts it holds, in order), the lines they used (the
    rest print after the row) and how badly they fit."""

    cells: tuple[tuple[str, ...], ...]
    used: int
    cost: float


class RoundFit:
    def __init__(self, roles: ColumnRoles):
        self.roles = roles
        self._openings: dict[tuple[str, str], float] = {}  # the search asks about each line often
        self._dates: dict[str, bool] = {}
        # the beam's readings share their cells' printed lines: a line after the same lines
        # of the same cell costs the same whichever reading it is in
        self._carried: dict[tuple[str, str, tuple[str, ...]], float] = {}
        self._cut: dict[str, tuple[tuple[str, str], ...]] = {}
        # a timescale counted in units ("within 3 months"), the units those of relative dates
        units = sorted(roles.p.get("dates.relative.units", {}) or {"months": "month"}, key=len, reverse=True)
        self._duration = regex.compile(rf"(?i)\b\d{{1,3}}\s+(?:{literal_alternation(units)})\b")

    # ---- the row read a line at a time across its cells ---------------------------------------
    def rounds(
        self,
        texts: list[str],
        fields: list[str],
        widths: list[tuple[int, int]] | None = None,
        after: tuple[tuple[str, ...], ...] | None = None,
    ) -> Reading | None:
        """The best reading of the row's lines as rounds. `widths`: each column's widest printed
        line in the table's other rows, when known (a line much wider is not that column's).
        `after`: the row's cells as a page left them, the lines carrying them on after the page
        break (rounds again from the first column; the reading's cells hold both)."""
        if not texts or len(texts) > MAX_LINES or not fields:
            return None
        k = len(fields)
        # a partial reading: (cost, the columns of the round before, this round's so far, cells)
        start = (0.0, tuple(range(k)), (), after if after is not None else tuple(() for _ in fields))
        states = [start]
        done: list[Reading] = []
        for i, text in enumerate(texts):
            nxt = []
            for state in states:
                nxt.extend(self._placed(text, state, (fields, widths)))
            states = _kept(nxt, fields)
            for cost, _, _, cells in states:
                left = (len(texts) - i - 1) * LEFT_OUT
                done.append(Reading(cells, i + 1, cost + left + self._empties(cells, fields)))
        return min(done, key=lambda r: r.cost, default=None)

    def _placed(self, text: str, state: tuple, table: tuple) -> list[tuple]:
        """The readings one more printed line makes of a partial one: the line is the next
        running cell's of this round, or two neighbours' (cut before a capitalised word), or it
        opens the next round (whose cells are among this round's)."""
        cost, before, now, cells = state
        out = self._in_round(text, cost, before, now, cells, table)
        if now:
            out.extend(self._in_round(text, cost + ROUND, now, (), cells, table))
        return out

    def _in_round(self, text, cost, before, now, cells, table) -> list[tuple]:
        fields, widths = table

        def part(piece: str, c: int) -> float:
            return self._part(piece, fields[c], cells[c]) + _wider(piece, cells[c], widths, c)

        out = []
        later = [c for c in before if not now or c > now[-1]]
        for n, c in enumerate(later):
            new = cells[:c] + (cells[c] + (text,),) + cells[c + 1 :]
            out.append((cost + part(text, c), before, now + (c,), new))
            if n + 1 < len(later):
                d = later[n + 1]
                for left, right in self._cuts(text):
                    # (the left cell ends its text, not on the first words of a name: "recorded Board")
                    tail = _tail(left)
                    two = list(cells)
                    two[c], two[d] = cells[c] + (left,), cells[d] + (right,)
                    price = tail + part(left, c) + part(right, d) + self._late_date(right, fields[d])
                    out.append((cost + price, before, now + (c, d), tuple(two)))
                    if n + 2 < len(
                        later
                    ):  # (three short cells on one baseline: "... Deputy Director of Within 6")
                        e = later[n + 2]
                        for mid, last in self._cuts(right):
                            three = list(two)
                            three[d], three[e] = cells[d] + (mid,), cells[e] + (last,)
                            price = tail + _tail(mid) + part(left, c) + part(mid, d) + part(last, e)
                            price += self._late_date(mid, fields[d]) + self._late_date(last, fields[e])
                            out.append((cost + price, before, now + (c, d, e), tuple(three)))
        return out

    def _cuts(self, text: str) -> tuple[tuple[str, str], ...]:
        if text not in self._cut:
            # (a tick box goes with the state's words printed after it: "☒ | Complete" is no cut)
            p = self.roles.p
            self._cut[text] = tuple(
                cut for cut in _cuts(text) if not box_alone(cut[0].rsplit(None, 1)[-1], p)
            )
        return self._cut[text]

    # ---- the row read as whole cells one after another ----------------------------------------
    def in_sequence(
        self, texts: list[str], fields: list[str], widths: list[tuple[int, int]] | None = None
    ) -> Reading:
        """The best reading of the lines as the columns' cells printed whole, in order."""
        n, inf = len(texts), float("inf")
        # best[c][b]: least cost of the first c cells ending before line b; back: where cell c starts
        best = [[inf] * (n + 1) for _ in range(len(fields) + 1)]
        back = [[0] * (n + 1) for _ in range(len(fields) + 1)]
        best[0][0] = 0.0
        for c, field in enumerate(fields, start=1):
            for a in range(n + 1):
                if best[c - 1][a] == inf:
                    continue
                if best[c - 1][a] + _EMPTY.get(field, 0.5) < best[c][a]:
                    best[c][a], back[c][a] = best[c - 1][a] + _EMPTY.get(field, 0.5), a
                cost, parts = best[c - 1][a], ()
                for b in range(a, n):
                    cost += self._part(texts[b], field, parts) + _wider(texts[b], parts, widths, c - 1)
                    parts += (texts[b],)
                    if cost < best[c][b + 1]:
                        best[c][b + 1], back[c][b + 1] = cost, a
        end = min(range(n + 1), key=lambda b: best[len(fields)][b] + (n - b) * LEFT_OUT)
        cells, b = [], end
        for c in range(len(fields), 0, -1):
            a = back[c][b]
            cells.append(tuple(texts[a:b]))
            b = a
        return Reading(tuple(cells[::-1]), end, best[len(fields)][end] + (n - end) * LEFT_OUT)

    # ---- how well a printed part fits a column ------------------------------------------------
    def may_open(self, text: str, field: str) -> bool:
        """Whether a printed line may be the first of a cell of `field` (one that opens as a
        cell does and is no bare date or status)."""
        if not OPENS.match(text):
            return False
        return len(text.split()) > 3 or not (self._is_date(text) or self.roles.is_status(text))

    def _part(self, text: str, field: str, before: tuple[str, ...]) -> float:
        """The cost of `text` as the next printed part of `field`'s cell, after `before`."""
        if not before:
            return self._opening(text, field)
        key = (text, field, before)
        if key not in self._carried:
            self._carried[key] = self._carrying(text, field, before)
        return self._carried[key]

    def _opening(self, text: str, field: str) -> float:
        key = (text, field)
        if key not in self._openings:
            self._openings[key] = self._opening_cost(text, field)
        return self._openings[key]

    def _is_date(self, text: str) -> bool:
        if text not in self._dates:
            self._dates[text] = self.roles.is_date(text)
        return self._dates[text]

    def _late_date(self, piece: str, field: str) -> float:
        """A line cut before a date cell cuts where the date begins ("... Manager" / "March
        2025"), not a word before it: the cut there is always on offer."""
        if field != "target_date" or not self._is_date(piece):
            return 0.0
        found = find_dates(piece, self.roles.p)
        return LATE_DATE if found and found[0].start > 0 else 0.0

    def _opening_cost(self, text: str, field: str) -> float:
        roles = self.roles
        cost = 0.0 if OPENS.match(text) else 2.0
        if field == "target_date":
            return cost + (-1.5 if self._is_date(text) else 0.8)
        if field == "status":
            if roles.opens_status(text):
                return cost - 1.5
            if status_mark(text):  # (a mark alone, "◑", that the plan's key explains: plan.symbol_key)
                return -1.5
            # a sentence naming no status is no status cell (the note printed under the table)
            return cost + (1.3 if len(text.split()) > STATUS_WORDS else 0.3)
        if field == "lead":
            return cost + (-1.0 if roles.is_name(text) else -0.3 if roles.is_bare_name(text) else 0.8)
        if field == "ref":
            return cost + (-1.0 if roles.is_ref(text) else 2.0)
        if roles.opens_status(text):
            return cost + (-1.0 if field in _PROGRESS else 0.5)  # a progress cell opens with its status word
        if len(text.split()) <= 4 and self._is_date(text):
            cost += 1.0  # a bare date is the date column's
        return cost

    def _carrying(self, text: str, field: str, before: tuple[str, ...]) -> float:
        """A wrapped line carries on its cell: it need not open like one, and the line above
        it was full (its first word did not fit there)."""
        last = before[-1]
        if status_mark(last):
            return 2.0  # a status mark ("◑") is its whole cell: nothing wraps after it
        cost = 0.0
        if last.endswith("-") and last[-2:-1].isalpha() and text[:1].islower():
            return -0.5  # a word wrapped at its hyphen ("Sub-" / "group Chair") carries on
        if text[:1].islower():
            cost += 1.5 if SENTENCE_END.search(last) else -0.5  # a sentence's end is not wrapped
        elif SENTENCE_END.search(last) and OPENS.match(text):
            cost += 0.7
        if last.split()[-1].lower() in _JOINING:
            cost -= 0.5
        widest = max(len(p) for p in before)
        if len(before) >= 2 and len(last) + 1 + len(text.split()[0]) <= 0.8 * widest:
            cost += 1.0  # its first word would have fitted on the line above
        lines = (*before, text)
        if len(text) > NARROWER * min(len(p) + 1 + len(q.split()[0]) for p, q in zip(lines, lines[1:])):
            cost += 1.0  # wider than the cell's column: a line above wrapped a shorter word
        if (
            len(before) == 1
            and len(last.split()) <= 2
            and (self.roles.is_status(last) or self._is_date(last))
            and last.split()[-1].lower() not in _JOINING  # ("Green –" / "complete" carries on)
            and (field != "target_date" or not self._is_date(f"{last} {text}") or self.roles.is_status(text))
        ):
            cost += 1.0  # a bare status or date ("Complete") is a whole cell: nothing wraps after it
        if field == "target_date":
            return cost + self._date_carried(text, before)
        if (
            field != "status"
            and last.split()[-1].lower() not in _JOINING
            and len(text.split()) <= 3
            and (self._is_date(text) or self.roles.is_status(text))
            and not self.completes_date(last, text)  # ("... held in May" / "2024.")
        ):
            cost += 1.0  # a bare date or status word is a cell of its own, not a wrapped line
        if field == "lead":
            if SENTENCE_END.search(text) or text[:1].islower():
                return cost + 1.5
            return cost + (-0.5 if self.roles.is_name(f"{last} {text}") else 0.0)
        if field == "ref":
            return cost + 3.0
        return cost

    def _date_carried(self, text: str, before: tuple[str, ...]) -> float:
        """A date cell wraps a few words ("By September" / "2024"), and stays a date."""
        if len(text.split()) > 3:
            return 1.5
        if not (any(ch.isdigit() for ch in text) or self._is_date(text)):
            head = " ".join(before)
            if self._duration.search(f"{head} {text}") and not self._duration.search(head):
                return -1.0  # the words finish a timescale ("Within 3" / "months")
            return 0.8  # a timescale in words ("6 months after" / "guide published")
        head = " ".join(before)
        if any(ch.isdigit() for ch in head) and self._is_date(head):
            return 1.5  # the date above is whole ("September 2024"): a second one is another cell's
        if not self._is_date(f"{head} {text}"):
            return 1.5
        if not self.completes_date(head, text):
            return -1.0
        # a date wrapped in a narrow column ("September" / "2025") is as good a date cell as one
        # printed on one line: its first line, no date alone, was priced as no date
        return -1.0 + min(
            0.0, self._opening(f"{head} {text}", "target_date") - self._opening(head, "target_date")
        )

    def completes_date(self, head: str, text: str) -> bool:
        """The wrapped line finishes a date its cell's first line began ("September" / "2025")."""
        found = find_dates(f"{head} {text}", self.roles.p)
        return bool(found) and found[0].start < len(head) < found[0].end

    @staticmethod
    def _empties(cells, fields) -> float:
        return sum(_EMPTY.get(f, 0.5) for f, c in zip(fields, cells) if not c)


def _tail(left: str) -> float:
    """The price of a cell ending where a printed line is cut: less where its last word is
    lower case (a cell's text ends so; a name's first words do not)."""
    return MERGED if left.split()[-1][:1].islower() or len(left.split()) == 1 else 2 * MERGED


def _kept(states: list, fields: list[str]) -> list:
    """The best partial readings, the best one only of those at the same place in the same
    rounds. A cell left empty is priced when it can no longer be filled, so that a reading
    that skips cells does not look cheaper than it is."""
    best: dict[tuple, tuple] = {}
    for state in sorted(states, key=lambda s: s[0] + _dead(s, fields)):
        key = (state[1], state[2], tuple(len(c) for c in state[3]))
        best.setdefault(key, state)
        if len(best) >= BEAM:
            break
    return list(best.values())


def _dead(state: tuple, fields: list[str]) -> float:
    """What the empty cells a partial reading can no longer fill will cost."""
    _, before, now, cells = state
    last = now[-1] if now else -1
    return sum(
        _EMPTY.get(f, 0.5)
        for c, (f, cell) in enumerate(zip(fields, cells))
        if not cell and (c < last or c not in before)
    )


def _cuts(text: str):
    """Places a printed line may hold two cells: before a capitalised word or a number, or
    inside a word where a capital follows a small letter (a cell's last word broken at its
    hyphen, "self-", printed straight against the next cell's "Board": "selfBoard")."""
    words = text.split()
    for k in range(1, len(words)):
        if words[k][:1].isupper() or words[k][:1].isdigit():
            yield " ".join(words[:k]), " ".join(words[k:])
    # (a status column of marks: the mark alone after a date's first line, "September ◑")
    if len(words) > 1 and status_mark(words[-1]):
        yield " ".join(words[:-1]), words[-1]
    for k, word in enumerate(words):
        for m in _GLUED.finditer(word):
            left, right = (
                " ".join([*words[:k], word[: m.start() + 1]]),
                " ".join([word[m.start() + 1 :], *words[k + 1 :]]),
            )
            yield left, right


def _wider(text: str, before: tuple[str, ...], widths: list[tuple[int, int]] | None, c: int) -> float:
    """Where the column's width is known: a printed line much wider than the column prints
    anywhere else is not the column's, and a line does not carry on a cell whose line above
    had room for its first word."""
    if not widths or not widths[c][1]:
        return 0.0
    low, high = widths[c]
    cost = 2.0 if len(text) > WIDER * high + 2 else 0.0
    if before and len(before[-1]) + 1 + len(text.split()[0]) <= ROOM * low:
        cost += 1.0
    return cost


def column_widths(readings: list[Reading]) -> list[tuple[int, int]]:
    """Each column's width as the table prints it, as a (low, high) pair: a wrapped line (one
    followed by more of its cell) was about as wide as the column allowed, so the widest
    of the usual wrapped lines is the low mark (a line holding two cells is wider than the
    column's own). The high mark is the most the column could hold: a line wrapped because its
    next word did not fit, so the column held less than any wrapped line and its next word
    ("Survey of staff" / "confidence." in a column whose one-line cells are wider), and no less
    than its widest wrapped line. Where no cell wraps, its widest usual line is both."""
    out = []
    for cells in zip(*(r.cells for r in readings)):
        sizes = sorted(len(p) for cell in cells for p in cell[:-1]) or sorted(
            len(p) for cell in cells for p in cell
        )
        if not sizes:
            out.append((0, 0))
            continue
        upper = sizes[int(0.75 * (len(sizes) - 1))]
        room = [len(p) + len(after.split()[0]) for cell in cells for p, after in zip(cell, cell[1:])]
        out.append((max(w for w in sizes if w <= 1.2 * upper), max(sizes[-1], min(room, default=0))))
    return out
