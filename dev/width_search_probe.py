"""Probe (session 19, not wired into the pipeline): a wide plan table whose printed lines join
its cells, read by one search over the widths of all its columns at once (the header's room
and every row's lines together).

    PYTHONPATH=src python dev/width_search_probe.py FILE.corpus.txt

What it showed: the hard wrap constraints are sound (dev/wrap_truth.py: every published-style
table checked obeys one width per column in the face's advance widths, but for a number
printed alone above its recommendation), and they pick the typeface (only the true face keeps
a reading to the table's end) and the widths to within a few per cent. They do not settle
where a cell's LAST line ends: a cell that stops short may end on any word, so the next
column may take the words ("Saltmarsh" | "Homes" as lead and milestone). The cheapest reading
beat every reading cutting some cell otherwise by less than MARGIN on every zoo and blind Home
Office plan, so nothing was kept: the content cues below need to tell cell ends (a lead cell
whole as an agency's name, a status cell ending alike) before this can read.

Every cell wraps at its column's width, the same for the whole table, and a word processor
wraps a cell's line only where the next word does not fit. So each reading of the printed
lines into cells bounds each column's width: at least its widest line, and narrower than any
of its lines with the next line's first word. The header's wrapped names bound it too
(plan.header_room). The search carries the readings from line to line, each with the bounds
its cuts so far leave every column; a cut that would make a column's bounds cross is never
made. Of the readings left, the one whose cells read most like their columns (CellShapes: a
scope word, a date, a status word, a name; a joining word ending no cell) is kept, and only
when every reading that cuts any cell otherwise costs clearly more (`MARGIN`); else none is.

The rows open where a line opens with a recommendation's number; every cell of a row opens
on its first line, with a capital or a digit, or is empty there. A cell goes on down the
lines until a line leaves its column out. Below a row's first line, once every cell right of
the Scope column has ended, a new action row may open there (the Home Office template's
recommendation and scope cells spanning several actions). A recommendation's number printed
alone on the row's first line (its own paragraph) carries no width bound.
"""

from __future__ import annotations

from dataclasses import dataclass

from dhrparse.plan.joined_cells import (
    CELL_OPENS as _OPENS,
)
from dhrparse.plan.joined_cells import (
    REF,
    SENTENCE_ENDS,
    CellShapes,
    JoinedRow,
    LineWords,
    scope_openings,
)
from dhrparse.plan.wrapping import JOINING_WORDS
from dhrparse.vocab.type_widths import Face

NEVER = float("inf")
OVER = 1.02  # a line may run this much past its column's width (kerning, rounding)
BEAM = 48  # the readings carried from line to line
CUTS = 24  # each reading's line cut at most so many ways (the cheapest)
ENUMERATED = 4000  # the most cuts of one line tried per reading
MARGIN = 1.0  # the least a reading cutting any cell otherwise must cost more than the best
EMPTY = 1.0  # a cell left empty on its row's first line
NEW_ACTION = 0.5  # an action row opened below its recommendation's first line
DANGLING = 2.0  # a cell ending on a joining word ("to", "across")
INNER_CAPITAL = 0.2  # a capital inside a cell's line after a word ending no sentence
LOWER_OPENING = 6.0  # (no cell opens with a small letter: never cut so)
HARD = -1.0  # the width of a line that ended on its own paragraph (a number alone): no bound
UNENDED = 2.0  # a recommendation's cell ending before its sentence does
DATE_ELSEWHERE = 1.5  # a milestones cell opening with a date (the target date's, beside it)
MIN_ROWS = 2


@dataclass(frozen=True)
class _State:
    cost: float
    lo: tuple[float, ...]
    hi: tuple[float, ...]
    last: tuple[float | None, ...]  # each column's open cell's last line's width (None: no open cell)
    ends: tuple[str, ...]  # each open cell's last word
    history: tuple | None  # (line, cuts, history before)


class WidthSearch:
    def __init__(self, texts: list[str], roles: CellShapes, face: Face, room=None):
        self.roles, self.face = roles, face
        self.k = len(roles.columns)
        self.lines = [LineWords(t, face) for t in texts]
        self.starts = [i for i, ln in enumerate(self.lines) if ln.words and REF.match(ln.words[0])]
        self.openings: dict[int, int] = {}
        if len(self.starts) < MIN_ROWS:
            # (a table no number opens: its rows open where their Scope cells stand)
            self.openings = scope_openings(texts, roles)
            self.starts = sorted(self.openings)
        lo = [0.0] * self.k
        hi = [NEVER] * self.k
        for c, (h_lo, h_hi) in enumerate(room or ()):
            # (a header set in bold is wider than its words measured in the regular face)
            lo[c], hi[c] = h_lo, h_hi * 1.15
        self.lo0, self.hi0 = tuple(lo), tuple(hi)
        self.sub = (
            2 if roles.columns[:2] == ["recommendation", "scope"] else 1
        )  # columns spanning action rows

    # ---- the search ------------------------------------------------------------------------------
    def read(self) -> tuple[list[_State], list[int]] | None:
        """The readings left at the table's end, cheapest first, and the lines before its first row."""
        if len(self.starts) < MIN_ROWS:
            return None
        before = list(range(self.starts[0]))
        states = [_State(0.0, self.lo0, self.hi0, (None,) * self.k, ("",) * self.k, None)]
        for i in range(self.starts[0], len(self.lines)):
            first = i in self.starts
            if first:
                states = [self._closed(s) for s in states]
            grown: list[_State] = []
            for s in states:
                grown.extend(self._cut(i, s, first))
            if not grown:
                return None
            grown.sort(key=lambda s: s.cost)
            seen, states = set(), []
            for s in grown:
                # (readings alike in what the lines below can ask of them: the cheaper stands for both)
                key = (s.last, s.lo, s.hi, tuple(self._end_cost(c, e) for c, e in enumerate(s.ends)))
                if key in seen:
                    continue
                seen.add(key)
                states.append(s)
                if len(states) == BEAM:
                    break
        return sorted((self._closed(s) for s in states), key=lambda s: s.cost), before

    def _closed(self, s: _State) -> _State:
        """A reading with every open cell ended (a new row opens)."""
        cost = s.cost + sum(self._end_cost(c, s.ends[c]) for c in range(self.k) if s.last[c] is not None)
        return _State(cost, s.lo, s.hi, (None,) * self.k, ("",) * self.k, s.history)

    @staticmethod
    def _dangles(word: str) -> bool:
        return word.lower() in JOINING_WORDS

    def _end_cost(self, c: int, word: str) -> float:
        """A cell ending on `word`: seldom on a joining word ("to", "across"); a
        recommendation's cell, a sentence, seldom before its sentence ends."""
        if not word:
            return 0.0
        cost = DANGLING if self._dangles(word) else 0.0
        if c == 0 and self.roles.columns[0] == "recommendation" and not word.endswith(SENTENCE_ENDS):
            cost += UNENDED
        return cost

    def _cut(self, i: int, s: _State, first: bool) -> list[_State]:
        """The cheapest ways line i cuts into cells' lines after reading s."""
        ln = self.lines[i]
        n, k, sp = len(ln.words), self.k, ln.space
        if not n:
            return [s]
        caps = [0]
        for prev, word in zip(["."] + ln.words, ln.words):
            caps.append(caps[-1] + (bool(_OPENS.match(word)) and not prev.endswith(SENTENCE_ENDS)))
        out: list[tuple[float, list, tuple, tuple, tuple, tuple]] = []
        tried = 0
        lo0, hi0, last0 = list(s.lo), list(s.hi), s.last

        # mode: whether this line's cells right of the spanning columns carry their cells on
        # (1) or open a new action row (2), once one of them says (0 before)
        def walk(a: int, c: int, cost: float, lo, hi, last, ends, cuts, mode: int):
            nonlocal tried
            if tried > ENUMERATED:
                return
            if a == n:
                # the columns after c have no line here: open cells there end
                extra = 0.0
                for c2 in range(c, k):
                    if last[c2] is not None:
                        extra += self._end_cost(c2, ends[c2])
                    if first:
                        extra += EMPTY
                last2 = tuple(last[:c]) + (None,) * (k - c)
                ends2 = tuple(ends[:c]) + ("",) * (k - c)
                tried += 1
                out.append((cost + extra, cuts, tuple(lo), tuple(hi), last2, ends2))
                return
            if c == k:
                return
            word = ln.words[a]
            opens = bool(_OPENS.match(word))
            # 1. this column has no line here
            skip = 0.0
            if last[c] is not None:
                skip = self._end_cost(c, ends[c])
            elif first:
                skip = EMPTY
            if not (first and c == 0):  # (a row's first line opens with its number)
                l2 = list(last)
                l2[c] = None
                e2 = list(ends)
                e2[c] = ""
                walk(a, c + 1, cost + skip, lo, hi, l2, e2, cuts, mode)
            # 2. a line of this column's cell: carrying it on, or opening a cell
            carrying = last[c] is not None
            if carrying:
                bound = hi[c] if last[c] == HARD else min(hi[c], last[c] + sp + ln.widths[a])
            else:
                if not opens:
                    return
                if not first and not (c >= self.sub and mode != 1):
                    return
                bound = hi[c]
            if carrying and not first and c >= self.sub and mode == 2:
                return  # (a new action row opens only below every cell of the one before)
            if lo[c] > bound * OVER:
                return  # (the column is wider than the line with its next word: no wrap there)
            for b in range(a + 1, n + 1):
                if first and c == 0 and i in self.openings and b != self.openings[i]:
                    continue  # (the recommendation's words end where the Scope cell opens)
                w = ln.width(a, b)
                if w > bound * OVER:
                    break
                new_lo = max(lo[c], w)
                text = " ".join(ln.words[a:b])
                step = INNER_CAPITAL * (caps[b] - caps[a + 1]) * (self.roles.columns[c] != "lead")
                if carrying:
                    step += self.roles.carry(c, text)
                    if self.roles.dates[c]:
                        step += self.roles.fit(c, text) * 0.5  # (a date's second line: "September" / "2024")
                else:
                    step += self.roles.fit(c, text) * 0.5
                    if self.roles.columns[c] == "progress" and self.roles._date_like(text):
                        step += DATE_ELSEWHERE
                    if not first and mode != 2:
                        step += NEW_ACTION
                width = w
                if first and c == 0 and b == 1 and REF.match(word):
                    width = HARD  # (a number alone on its line: its own paragraph, maybe)
                lo2, hi2 = list(lo), list(hi)
                lo2[c], hi2[c] = new_lo, bound
                l2 = list(last)
                l2[c] = width
                e2 = list(ends)
                e2[c] = ln.words[b - 1]
                walk(
                    b,
                    c + 1,
                    cost + step,
                    lo2,
                    hi2,
                    l2,
                    e2,
                    [*cuts, (c, a, b, not carrying)],
                    mode if first or c < self.sub else (1 if carrying else 2),
                )

        walk(0, 0, s.cost, lo0, hi0, list(last0), list(s.ends), [], 0)
        out.sort(key=lambda t: t[0])
        return [
            _State(cost, lo, hi, last, ends, (i, tuple(cuts), s.history))
            for cost, cuts, lo, hi, last, ends in out[:CUTS]
        ]

    # ---- the rows of a reading ------------------------------------------------------------------
    def rows(self, s: _State) -> list[JoinedRow]:
        chosen: dict[int, list] = {}
        h = s.history
        while h is not None:
            i, cuts, h = h
            chosen[i] = cuts
        k = self.k
        rows: list[JoinedRow] = []
        owner = [0] * k
        for i in sorted(chosen):
            ln = self.lines[i]
            if i in self.starts:
                rows.append(JoinedRow(i, [[[] for _ in range(k)]], [i], [[[] for _ in range(k)]]))
                owner = [0] * k
            row = rows[-1]
            for c, a, b, opens in chosen[i]:
                if opens and i != row.first and row.parts[-1][c] and c >= self.sub:
                    row.parts.append([[] for _ in range(k)])
                    row.firsts.append(i)
                    row.lines.append([[] for _ in range(k)])
                if opens:
                    owner[c] = len(row.parts) - 1
                row.parts[owner[c]][c].extend(ln.words[a:b])
                row.lines[owner[c]][c].append((ln.width(a, b), ln.widths[a]))
        return rows


def search_joined(
    texts: list[str], roles: CellShapes, faces: list[str], rooms: dict[str, list] | None = None
) -> tuple[list[JoinedRow], list[int]] | None:
    """The rows of a table printed with its cells joined, read by the joint search over its
    columns' widths in the typeface whose best reading costs least; None where no reading
    stands clearly above every reading cutting a cell otherwise."""
    best = None
    for name in faces:
        search = WidthSearch(texts, roles, Face(name), (rooms or {}).get(name))
        read = search.read()
        if not read or not read[0]:
            continue
        states, before = read
        if best is None or states[0].cost < best[1][0].cost:
            best = (search, states, before)
    if best is None:
        return None
    search, states, before = best
    top = search.rows(states[0])
    cells = _cells(top)
    runner = next((s for s in states[1:] if _cells(search.rows(s)) != cells), None)
    if runner is not None and runner.cost - states[0].cost < MARGIN:
        return None
    return top, before


def _cells(rows: list[JoinedRow]) -> tuple:
    return tuple(tuple(tuple(" ".join(cell) for cell in part) for part in row.parts) for row in rows)


if __name__ == "__main__":  # pragma: no cover
    import sys

    from dhrparse.pipeline import extract
    from dhrparse.plan import joined_cells
    from dhrparse.plan.header_room import header_room
    from dhrparse.plan.tables import column_map
    from dhrparse.vocab.type_widths import faces

    seen = []
    keep = joined_cells._read_joined

    def _spy(texts, roles, content, openings, header=None):
        if content:
            seen.append((texts, roles, header))
        return keep(texts, roles, content, openings, header)

    joined_cells._read_joined = _spy
    extract(sys.argv[1])
    for texts, roles, header in seen[:1]:
        rooms = (
            {f: header_room(header, roles.columns, column_map(roles.p), Face(f)) for f in faces()}
            if header
            else {}
        )
        read = search_joined(texts, roles, faces(), rooms)
        print(
            "refused"
            if read is None
            else "\n".join(str([" ".join(c) for c in p]) for r in read[0] for p in r.parts)
        )
