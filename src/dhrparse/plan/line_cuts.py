"""Every printed line of a joined plan table cut into its cells' lines by the columns' widths
(plan.joined_cells, step 2), left to right: a column's next line carries its cell on only if
the cell's last line could not take the next word; otherwise a new cell opens there."""

from __future__ import annotations

from dhrparse.plan.closed_marks import closed_mark
from dhrparse.plan.joined_lines import (
    BULLET,
    CELL_OPENS,
    OVER,
    OVER_COST,
    SENTENCE_ENDS,
    CellCut,
    JoinedRow,
    LineWords,
)
from dhrparse.plan.wrapping import JOINING_WORDS

INNER_CAPITAL = 0.2  # a capitalised word inside a cell's line, after a word ending no sentence
FILL = 0.3  # the cost of a cell's line left empty, per column width
REOPEN = 2.5  # a cell carried on in a column a printed line of its row left out
DANGLING = 2.0  # a cell ending on a joining word ("across", "to the"): its line was cut too soon
UNENDED = 3.0  # a recommendation's cell, no number opening its row, left out before its sentence ends
FIRST_AGAIN = 8.0  # the first column's cell opened again, or carried on after a line left it out


class LineCuts:
    """The cutting half of plan.joined_cells.JoinedTable (its lines, starts and roles set there)."""

    def read(
        self, widths: list[float], beam: int = 1, alts: int = 0
    ) -> tuple[float, int, list[JoinedRow], list[int]]:
        """(cost, lines over a column, rows, lines before the first row). With a beam wider
        than one, the `beam` cheapest readings are carried from line to line (each line cut its
        `beam` cheapest ways): a cell's line cut short shows only on the line below, where the
        cell cannot carry on."""
        k = self.k
        fresh = ((None,) * k, (False,) * k, (0.0,) * k)
        # each reading: (cost, state, cuts so far); the state is each open cell's last line's
        # width, whether a printed line has left its column out since, and what leaving it out
        # would cost (its line ended on a joining word, "to", "across": _left_out)
        readings: list[tuple[float, tuple, tuple | None]] = [(0.0, fresh, None)]
        before: list[int] = []
        seen_row = False
        for i, ln in enumerate(self.lines):
            start = i in self.starts
            if start:
                seen_row = True
                best = min(readings, key=lambda r: r[0])
                readings = [(best[0], fresh, best[2])]  # (a row's start leaves one state)
            if not seen_row:
                before.append(i)
                continue
            grown = []
            for total, (last, closed, dangling), history in readings:
                for cost, cuts in self._cuts(ln, widths, last, closed, dangling, start, alts or beam):
                    state = self._after(ln, cuts, last, closed, dangling)
                    grown.append((total + cost, state, (i, cuts, history)))
            grown.sort(key=lambda r: r[0])
            readings, states = [], set()
            for r in grown:
                if r[1] not in states:
                    states.add(r[1])
                    readings.append(r)
                if len(readings) == beam:
                    break
        total, _, history = min(readings, key=lambda r: r[0])
        chosen: dict[int, list[CellCut]] = {}
        while history is not None:
            i, cuts, history = history
            chosen[i] = cuts
        over, rows = self._rows(widths, chosen)
        return total, over, rows, before

    def _left_out(self, column: int, word: str) -> float:
        """The cost of a printed line leaving out a column whose cell's line ended on `word`:
        a cell seldom ends on a joining word ("to", "across"), and a recommendation's cell in
        a table no number opens (its words the whole row's first cell) seldom before its
        sentence ends."""
        if word.lower() in JOINING_WORDS:
            return DANGLING
        if not column and self.openings and self.content and not word.endswith(SENTENCE_ENDS):
            return UNENDED
        return 0.0

    def _after(self, ln: LineWords, cuts: list[CellCut], last, closed, dangling) -> tuple:
        """The open cells' state after a printed line cut so."""
        last, closed, dangling = list(last), list(closed), list(dangling)
        cut_here = {cut.column for cut in cuts}
        for c in range(self.k):
            if last[c] is not None and c not in cut_here:
                closed[c] = True
        for cut in cuts:
            if cut.opens:
                closed[cut.column] = False
            last[cut.column] = ln.width(cut.start, cut.end)
            dangling[cut.column] = self._left_out(cut.column, ln.words[cut.end - 1])
        return tuple(last), tuple(closed), tuple(dangling)

    def _rows(self, widths: list[float], chosen: dict[int, list[CellCut]]) -> tuple[int, list[JoinedRow]]:
        """(lines over a column, rows) of the printed lines cut as chosen."""
        k = self.k
        over = 0
        rows: list[JoinedRow] = []
        owner = [0] * k  # the action row each open cell belongs to
        for i in sorted(chosen):
            ln, start = self.lines[i], i in self.starts
            if start:
                rows.append(JoinedRow(i, [[[] for _ in range(k)]], [i], [[[] for _ in range(k)]]))
                owner = [0] * k
            row = rows[-1]
            for cut in chosen[i]:
                w = ln.width(cut.start, cut.end)
                over += w > widths[cut.column] * OVER
                if cut.opens and not start and row.parts[-1][cut.column]:
                    row.parts.append([[] for _ in range(k)])  # a new action row under the same recommendation
                    row.firsts.append(i)
                    row.lines.append([[] for _ in range(k)])
                if cut.opens:
                    owner[cut.column] = len(row.parts) - 1
                row.parts[owner[cut.column]][cut.column].extend(ln.words[cut.start : cut.end])
                row.lines[owner[cut.column]][cut.column].append((w, ln.widths[cut.start]))
        return over, rows

    def _openings(self, c: int, prev, closed: bool, capital: bool, full: bool) -> list[tuple[float, bool]]:
        """(cost, opens) of the ways a line's word may stand first on column c's line: carrying
        on the column's cell when its last line could not take the word, or opening a new cell."""
        if prev is None:
            return [(0.2 if capital else 3.0, True)]
        opening = 1.0 if capital else 6.0
        if not self.content:
            # (by the widths alone: a word the cell's line could not take carries it on)
            return [(REOPEN if closed else 0.0, False)] if full else [(opening, True)]
        if not c:
            # (the recommendation's cell spans its row and opens with its number)
            if not full:
                return [(FIRST_AGAIN, True)]
            return [(FIRST_AGAIN if closed else 0.0, False)]
        if not full:
            return [(opening, True)]
        if not closed:
            return [(0.0, False)]
        # a cell whose column a line left out has ended, its lines being printed level with its
        # row's: a new cell opens below it (an action row under the same recommendation)
        return [(REOPEN, False), (opening, True)]

    def _cuts(self, ln: LineWords, widths: list[float], last, closed, dangling, start: bool, m: int):
        """The `m` cheapest (cost, cuts) of one printed line: its words cut into cells' lines,
        left to right."""
        n = len(ln.words)
        if not n:
            return [(0.0, [])]
        caps = self._inner_capitals(ln)
        lowers = self._lowers_after_end(ln)
        skip = self._skips(last, dangling, start)
        after = [sum(skip[c:]) for c in range(self.k + 1)]  # leaving out every column from c on
        table = self._ways(ln, widths, last, closed, start, m, skip, caps, lowers)
        return self._cheapest_lines(table, n, after, m)

    @staticmethod
    def _inner_capitals(ln: LineWords) -> list[int]:
        """Capitals inside a cell's line, counted: a capital after a lower-case word more often
        opens the next cell than names something ("checklist Housing")."""
        caps = [0]
        for prev, word in zip(["."] + ln.words, ln.words):
            caps.append(caps[-1] + (bool(CELL_OPENS.match(word)) and not prev.endswith(SENTENCE_ENDS)))
        return caps

    def _lowers_after_end(self, ln: LineWords) -> list[float]:
        """(A narrower table's reader also counts a word after a sentence ended inside a cell's
        line, "reported. homes", a lower-case one most: the next column's word cut into it.)"""
        lowers = [0.0]
        if self.lower_after_end:
            for prev, word in zip(["x"] + ln.words, ln.words):
                ended = prev.endswith(".") and "." not in prev[:-1]
                # (a closed action's marker after its sentence is the cell's own: "staff. (closed)")
                ended = ended and not (word[:1] in "([" and closed_mark(word, self.roles.p))
                lowers.append(lowers[-1] + ended * (1.0 if word[:1].islower() else self.capital_after_end))
        return lowers

    def _skips(self, last, dangling, start: bool) -> list[float]:
        """A line leaving out a column says its cell ended: seldom on a joining word."""
        return [
            dangling[c] if prev is not None else (self.first_empty[c] if start else 0.0)
            for c, prev in enumerate(last)
        ]

    def _ways(self, ln: LineWords, widths, last, closed, start: bool, m: int, skip, caps, lowers):
        """Per (word, columns used): the m cheapest ways there, (cost, back), cheapest first."""
        n, k, sp = len(ln.words), self.k, ln.space
        table: list[list[list[tuple]]] = [[[] for _ in range(k + 1)] for _ in range(n + 1)]
        table[0][0] = [(0.0, None)]
        for a in range(n):
            capital = bool(CELL_OPENS.match(ln.words[a]))
            for cc in range(k):
                bases = table[a][cc]
                if not bases:
                    continue
                left_out = 0.0
                for c in range(cc, k):
                    if c > cc:
                        left_out += skip[c - 1]
                    if start and a == 0 and c:
                        break  # (a row's first line opens with its number)
                    room, prev = widths[c], last[c]
                    for opening, opens in self._openings(
                        c, prev, closed[c], capital, prev is not None and prev + sp + ln.widths[a] > room
                    ):
                        lead = left_out + opening
                        self._cell_lines(table, ln, a, cc, c, opens, lead, room, m, caps, lowers)
        return table

    def _cell_lines(
        self, table, ln: LineWords, a: int, cc: int, c: int, opens: bool, lead: float, room, m, caps, lowers
    ):
        """Column c's line taking the words from a on, each length it may: its cost offered to
        the ways reaching the word after it."""
        n, sp, sums, bases = len(ln.words), ln.space, ln.sums, table[a][cc]
        asks = self.roles.asks[c]
        for b in range(a + 1, n + 1):
            w = sums[b] - sums[a] + (b - a - 1) * sp
            over = 0.0
            if w > room * OVER:
                if b > a + 1:
                    break
                over = OVER_COST  # one word wider than its column
            if b < n and ln.words[b - 1] == BULLET:
                continue  # (a bullet's item follows it in its cell)
            # (of two cuts fitting alike, the one filling its lines: a cell's line
            # holds every word that fits)
            step = lead + over + FILL * (1 - w / room)
            step += INNER_CAPITAL * (caps[b] - caps[a + 1])
            if self.lower_after_end:
                step += self.lower_after_end * (lowers[b] - lowers[a + 1])
            if asks:
                step = self._with_roles(step, ln, a, b, c, opens)
            # each way to the line's start plus this cell's line, kept if among the m cheapest
            # (written here, not called: this is the cutting's innermost loop)
            there = table[b][c + 1]
            for j, (base, _) in enumerate(bases):
                cost = base + step
                if len(there) == m and cost >= there[-1][0]:
                    break
                at = len(there)
                while at and there[at - 1][0] > cost:
                    at -= 1
                there.insert(at, (cost, (a, cc, j, c, opens)))
                del there[m:]

    def _with_roles(self, step: float, ln: LineWords, a: int, b: int, c: int, opens: bool) -> float:
        """A cell's line's cost with what its column asks of it (a date, a name) added."""
        asks = self.roles.asks
        if asks[c] and (opens or self.roles.dates[c]):
            # (a date's second line is a date's too: "September" over "2024";
            # so is the rest of a year its narrow column broke, "3")
            text = " ".join(ln.words[a:b])
            if opens or not self.roles.year_rest(text):
                step += self.roles.fit(c, text) * 0.5
        elif asks[c] and self.content:
            step += self.roles.carry(c, " ".join(ln.words[a:b]))
        return step

    def _cheapest_lines(self, table, n: int, after: list[float], m: int):
        """The m cheapest whole-line cuts, traced back from the table's last word."""
        k = self.k
        ends = sorted(
            (cost + after[c], c, j) for c in range(1, k + 1) for j, (cost, _) in enumerate(table[n][c])
        )[:m]
        if not ends:
            return [(OVER_COST * 2, [CellCut(0, 0, n, False)])]
        out = []
        for cost, cc, j in ends:
            cuts, b = [], n
            while b > 0:
                a, pcc, pj, c, opens = table[b][cc][j][1]
                cuts.append(CellCut(c, a, b, opens))
                b, cc, j = a, pcc, pj
            out.append((cost, list(reversed(cuts))))
        return out
