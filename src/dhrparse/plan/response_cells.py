"""One row of a board's response table, printed with its cells joined on each line (plan.
response_joined reads the table), cut into its cells: each printed line's ways of being cut
into the columns, costed by the room each column has in the report's typeface and by what each
cell holds (an acceptance cell acceptance words, a timescale a date or a span, a lead a name's
words, a status its rating), and the least-cost cuts of the row's lines kept, with a second
response opening its cells together under a merged recommendation."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.joined_cells import CELL_OPENS as _OPENS
from dhrparse.plan.joined_cells import CellShapes
from dhrparse.plan.response_blocks import ResponseWords
from dhrparse.plan.response_line_cuts import DANGLING, REOPEN, Fresh, LineCuts
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.date_search import YEAR
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.type_widths import Face

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns

OVER = 1.02  # a cell's line may run this much past its column (kerning, rounding)
UNDER = 1.0  # ... and the next word must not fit beside it to wrap
FILL_BAD = 2.5  # a cell carried on with a word that would have fit on its line above
NAME_BESIDE = 0.3  # a cell right of the lead carried on with a capital: a tie goes to the lead
RESUMED = 2.5  # a cell carried on in lower case under its line that ended a sentence
ROLE_BAD = 4.0  # a cell's words not of its column's kind (an acceptance word, a date, a name)
LEAD_LOWER = 0.7  # a lead's line with a lower-case word no name holds, per word
LEAD_SMALL = 0.05  # ... a small word between a name's words: a tie goes to the sentence beside it
LEAD_OPENS_LOWER = 0.3  # ... a lead's later line opening on a lower-case word no name joins with
LEAD_YEAR = 1.0  # a year on a lead's line, cut from the timescale beside it
LEAD_ENDED = 1.5  # a lead's line ending a sentence: a name has no full stop
BEAM = 12
_YEAR = regex.compile(rf"^{YEAR}\W*$")
_ENDS = regex.compile(r"[.!?][\"'’”)]*$")  # a sentence's end (a colon or semicolon goes on)


def _MONTH_LAST(found, text: str) -> bool:
    """Whether a date found in `text` and a year after it opens in its last word (a month)."""
    return bool(found) and len(text) - len(text.split()[-1]) <= found[-1].start < len(text)


def rating_opening(p):
    """A status cell's opening: a status word or a RAG colour ("Amber", "Green")."""
    colours = literal_alternation(p.get("actions.status.rag", {}) or {})
    status = CellShapes(p, []).status_rx
    return regex.compile(rf"(?i)(?:{status.pattern}|(?:{colours})(?![\w-]))")


class ResponseShapes(CellShapes):
    """plan.joined_cells' cell shapes, told an acceptance column and a timescale given as a span."""

    def __init__(self, p: Patterns, columns: list[str], words: ResponseWords):
        super().__init__(p, columns)
        self.words = words
        self.asks = [a or c == "acceptance" for a, c in zip(self.asks, columns)]
        self.progress = "progress" in columns or "status" in columns
        self.asks = [a or c in ("progress", "extra") for a, c in zip(self.asks, columns)]
        self.rating_rx = rating_opening(p)

    def _fit(self, column: int, text: str) -> float:
        role = self.columns[column]
        if role == "acceptance":
            return -2.0 if self.words.acceptance_part(text) else 3.0
        if role == "target_date" and self.words.span_part(text):
            return -2.0
        words = text.split()
        if role == "target_date" and self.progress and any(self.rating_rx.match(w) for w in words):
            return 3.0  # ("Completed" beside a Progress column opens the progress, not a timescale)
        if role == "status":
            return -1.0 if self.rating_rx.match(text) else 3.0
        if role == "lead" and (
            find_dates(text, self.p) or _MONTH_LAST(find_dates(f"{text} 2020", self.p), text)
        ):
            return 3.0  # (a lead names a body or a role: a date beside it, or its month, is the timescale's)
        if role != "target_date" and _YEAR.match(words[0]):
            return 3.0  # (a cell opening on a year: the date's, cut from its month)
        if role == "lead":
            # (a name's words, "Chair, Quality", "Detective": the lead column is seldom empty)
            named = self.carry(column, text) == 0.0 and not any(w.strip(",;:").isdigit() for w in words)
            return -1.0 if named and not text.endswith(".") else 0.5
        return super()._fit(column, text)


class ResponseCuts:
    """The cuts of a response row's printed lines, for ResponseJoined."""

    def _cut_row(self, lines: list[list[str]], fields, face, widths):
        """(cost, [(line, cells) of each action row opening], lines taken) of a row's printed
        lines cut at least cost; None when its first line cannot be cut."""
        k = len(fields)
        start = ((False,) * k, (None,) * k, (False,) * k, (False,) * k, False)
        beam = [(0.0, start, None)]
        taken = 0
        for n, words in enumerate(lines):
            grown = []
            # (the line's cuts depend on the state a beam entry leaves, not on the path to it:
            # beam entries leaving one state share them; widths and cell costs per word run)
            known: dict = {}
            line = _LineMemo(words, face)
            for total, state, history in beam:
                ways = known.get(state)
                if ways is None:
                    ways = known[state] = self._cuts(words, state, n == 0, fields, face, widths, line)
                # (the state a way leaves is worked out only for the ways the beam keeps)
                grown.extend((total + cost, state, (n, cuts, history)) for cost, cuts in ways)
            if not grown:
                if n == 0:
                    return None
                break
            grown.sort(key=lambda g: g[0])
            if n and grown[0][0] - min(b[0] for b in beam) > 2 * REOPEN:
                break  # (a paragraph after the table: no cut of it reads as the row's)
            beam = [(t, _after(words, h[1], face, was, n == 0, line), h) for t, was, h in grown[:BEAM]]
            taken = n + 1
        # (a cell still ending on a joining word, comma or colon when its row ends was cut short)
        total, _, history = min(
            beam, key=lambda b: b[0] + DANGLING * sum(x and y for x, y in zip(b[1][0], b[1][2]))
        )
        chosen: dict[int, list] = {}
        while history is not None:
            n, cuts, history = history
            chosen[n] = cuts
        return total, self._cells(lines, chosen, k), taken, chosen

    def _cuts(self, words, state, first: bool, fields, face, widths, line):
        """The ways of cutting one printed line into the row's columns, each with its cost
        (plan.response_line_cuts)."""

        def cells_from(c: int, a: int) -> list:
            return self._cells_from(c, a, words, state, first, fields, face, widths, line)

        return LineCuts(len(words), len(fields), state, first, cells_from).ways()

    def _cells_from(self, c, a, words, state, first, fields, face, widths, line) -> list:
        """The cells column c may hold on the line from its word a, as (past the last word, cost
        before any reopening, cost as a second response's cell opening there or None)."""
        active, last, _, ended, _ = state
        lead = fields.index("lead") if "lead" in fields else len(fields)
        out = []
        limit = widths[c] * OVER
        for b in range(a + 1, len(words) + 1):
            if line.width(a, b) > limit:
                break
            add = line.cost(self._cell_cost, c, a, b, first, active[c], last[c], fields, widths)
            if add is None:
                continue
            if active[c] and not first and ended[c] and words[a][:1].islower():
                add += RESUMED  # (a sentence ended on the cell's line above: this one is another cell's)
            elif active[c] and not first and c > lead and words[a][:1].isupper():
                add += NAME_BESIDE  # (a name's word beside a lead's cell: more likely the lead's)
            fresh = None
            if active[c] and not first and ended[c] and c and _OPENS.match(words[a]):
                # (a cell that ended its sentence on the line above, as tall as the merged
                # recommendation's: a second response's cell may open right under it)
                fresh = line.cost(self._cell_cost, c, a, b, first, False, last[c], fields, widths)
            out.append((b, add, fresh))
        return out

    def _cell_cost(self, c, words, first, active, last, fields, face, widths) -> float | None:
        cost = 0.0
        if active and not first:
            if last + face.space + face.width(words[0]) <= widths[c] * UNDER:
                cost += FILL_BAD  # (the word would have fit on the cell's line above)
        else:
            if not _OPENS.match(words[0]) or (c == 0 and not first):
                return None
        role = fields[c]
        text = " ".join(words)
        # (a sentence ended inside the cell's line and the next word small: two cells' words)
        cost += RESUMED * sum(
            1
            for w, after in zip(words, words[1:])
            if after[:1].islower() and _ENDS.search(w) and "." not in w[:-1].rstrip(".")
        )
        if first and role != "target_date" and _YEAR.match(words[0]):
            cost += ROLE_BAD  # (a cell opening on a year: the date's, cut from its month)
        if (
            role == "acceptance"
            and not self.words.acceptance_part(text)
            or role == "target_date"
            and not self._date_part(text)
        ):
            cost += ROLE_BAD
        elif role == "target_date" and "status" in fields and self._status_after(words):
            cost += ROLE_BAD  # (a RAG word after the date, "31/03/2025 Amber": the status column's)
        elif role == "status" and (
            (not active or first)
            and not self.status_rx.match(text)
            or active
            and not first
            and (_YEAR.match(words[0]) or self.roles.is_date(text))
        ):
            # (a status column's cell opens with its rating and carries on with no date: a year
            # under it is the timescale's, "October" / "2024")
            cost += ROLE_BAD
        elif role == "lead":
            cost = self._lead_cost(cost, words)
        return cost

    def _lead_cost(self, cost: float, words: list[str]) -> float:
        """`cost` with a lead cell's line's costs added: small words, years, sentences' ends."""
        lower = sum(
            1
            for w in words
            if w[:1].islower() and w.lower() not in self.lead_names and w.lower() not in self.lead_joining
        )
        small = sum(1 for w in words if w.lower() in self.lead_joining)
        cost += LEAD_LOWER * lower + LEAD_SMALL * small
        if any(_YEAR.match(w) for w in words):
            cost += LEAD_YEAR  # (a year under the lead's line: the timescale's, "September" / "2025")
        if (
            words[0][:1].islower()
            and words[0].lower() not in self.lead_joining
            and words[0].lower() not in self.lead_names
        ):
            # (a name's line opens with a capital or a small joining word: a lower-case word
            # there more likely ends the sentence beside it, "household; team")
            cost += LEAD_OPENS_LOWER
        return cost + (LEAD_ENDED if any(w.endswith((".", ";", ":")) for w in words) else 0.0)

    def _status_after(self, words: list[str]) -> bool:
        """Whether a status word follows the first word of a timescale cell's line."""
        return any(self.status_rx.match(" ".join(words[i:])) for i in range(1, len(words)))

    def _date_part(self, text: str) -> bool:
        """A timescale cell's line: a date or its part ("September", "2024"), a span ("Within
        6", "months"), a no-date word."""
        if self.roles.is_date(text) or self.words.span_part(text):
            return True
        found = find_dates(f"{text} 2020", self.p)
        # (a number alone carries a date on: a year, or a day or month's digits cut from it)
        return (
            bool(found)
            and found[0].start <= 1
            or all(_YEAR.match(w) or w.isdigit() and len(w) <= 2 for w in text.split())
        )

    @staticmethod
    def _cells(lines: list[list[str]], chosen: dict[int, list], k: int) -> list[tuple[int, list[str]]]:
        """The action rows the cuts make: one opening on the row's first line, another wherever
        cells open again below it; each cell's lines joined."""
        out: list[tuple[int, list[list[str]]]] = []
        active = [False] * k
        merged = False  # (a second response opened: a cell empty on a line stays open, as _after keeps it)
        for n in sorted(chosen):
            cuts = chosen[n]
            words = lines[n]
            opens = [cut[0] != cut[1] and (not active[c] or _fresh(cut)) for c, cut in enumerate(cuts)]
            if n == 0 or any(opens):
                out.append((n, [[] for _ in range(k)]))
            merged = merged or n > 0 and any(opens)
            for c, (a, b) in enumerate(cuts):
                if a == b:
                    active[c] = active[c] and merged
                    continue
                target = out[-1][1] if opens[c] or n == 0 else _owner(out, c)
                target[c].extend(words[a:b])
                active[c] = True
        return [(n, [_joined(w) for w in cells]) for n, cells in out]


class _LineMemo:
    """One printed line's word runs' widths (each as _width gives it) and its cells' costs by
    (column, run, open, line width above), asked of again by every beam entry's cuts."""

    def __init__(self, words: list[str], face: Face):
        self.words, self.face = words, face
        self.widths: dict[tuple[int, int], float] = {}
        self.costs: dict[tuple, float | None] = {}

    def width(self, a: int, b: int) -> float:
        known = self.widths.get((a, b))
        if known is None:
            known = self.widths[(a, b)] = self.face.words_width(self.words[a:b])
        return known

    def cost(self, cell_cost, c, a, b, first, active, last, fields, widths) -> float | None:
        key = (c, a, b, active, last)  # (the line is a row's first or not, once for all its cuts)
        if key not in self.costs:
            self.costs[key] = cell_cost(c, self.words[a:b], first, active, last, fields, self.face, widths)
        return self.costs[key]


def _fresh(cut) -> bool:
    return isinstance(cut, Fresh)


def between(read) -> list[float]:
    """Each column's width between its widest line and the narrowest line whose next word did
    not fit beside it (where the reading leaves no room between them, its own width)."""
    widths, room = read
    out = []
    for w, (lo, hi) in zip(widths, room):
        out.append((lo + hi) / 2 if lo < hi < float("inf") else max(w, lo))
    return out


def _after(words, cuts, face, state, first: bool, line: _LineMemo | None = None) -> tuple:
    """The state a printed line's cuts leave: each column's cell open or ended, its line's width,
    whether it ends on a joining word and whether on a sentence's end, and whether a second
    response has opened in the row. The Recommendation cell merged down over that response
    prints its lines between the response's (each cell's lines are set from the top of its own
    row, so their baselines differ): from there on a cell empty on a line stays open."""
    line = line or _LineMemo(words, face)
    active = [a != b for a, b in cuts]
    last = [line.width(a, b) if a != b else None for a, b in cuts]
    # (a cell's words end on no joining word, comma or colon: "Chair," / "TSAB", "Completed July 2024:")
    dangling = [
        a != b and (words[b - 1].lower() in JOINING_WORDS or words[b - 1][-1] in ",:") for a, b in cuts
    ]
    ended = [a != b and bool(_ENDS.search(words[b - 1])) for a, b in cuts]
    was = state[0]
    merged = state[4] or (
        not first
        and any(a != b and (not was[c] or _fresh(cut)) for c, cut in enumerate(cuts) if c for a, b in [cut])
    )
    if merged:
        for c, (a, b) in enumerate(cuts):
            if a == b and was[c]:
                active[c], last[c], dangling[c], ended[c] = True, state[1][c], state[2][c], state[3][c]
    return tuple(active), tuple(last), tuple(dangling), tuple(ended), merged


def _owner(out, c):
    """The action row whose cell in column c is still open: the latest that holds one."""
    for _, cells in reversed(out):
        if cells[c]:
            return cells
    return out[-1][1]


def _joined(words: list[str]) -> str:
    text = ""
    for w in words:
        text = (
            f"{text}{w}"
            if text.endswith("-") and w[:1].islower() and len(text) > 1
            else f"{text} {w}".strip()
        )
    return text
