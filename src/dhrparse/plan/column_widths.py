"""A joined plan table's columns' widths (plan.joined_cells, step 1): fixed from the rows'
first printed lines, where every cell starts at its column's left edge with a capital or a
digit, each first line cut where the cuts agree across the rows (the narrowest table holding
them all) and where the cells read as their columns do."""

from __future__ import annotations

from dhrparse.plan.joined_lines import BULLET, CELL_OPENS, MIN_ROWS, LineWords

ROLE_WEIGHT = 1.5  # of the roles' fit against the widths' agreement, cutting the first lines
NARROWER = 0.995  # a column is narrower than a line its cell could not hold


class ColumnWidths:
    """The widths half of plan.joined_cells.JoinedTable (its lines, starts and roles set there)."""

    # the rows whose first lines measure the columns, where not every row's does (a row opening
    # its merged recommendation's cell in lower case: plan.merged_openings)
    width_starts: list[int] | None = None

    def widths(self) -> list[float] | None:
        """Each column's width, from the rows' first lines cut where they agree."""
        firsts = [self.lines[i] for i in self.width_starts or self.starts]
        if len(firsts) < MIN_ROWS:
            return None
        best = None
        typical = sorted(ln.width(0, len(ln.words)) for ln in firsts)[len(firsts) // 2] / self.k
        for start in ([0.0] * self.k, [typical] * self.k):
            cuts = self._agreed_cuts(firsts, [self._first_cut(ln, start) for ln in firsts])
            if any(c is None for c in cuts):
                continue
            widths = self._maxima(firsts, cuts)
            cost = sum(widths) + ROLE_WEIGHT * sum(self._role_cost(ln, cut) for ln, cut in zip(firsts, cuts))
            if best is None or cost < best[0]:
                best = (cost, widths)
        if best is None:
            return None
        if self.openings:
            self.first_width = self._first_width(best[1][0])
        return [w if w > 0 else None for w in best[1]]

    def row_widths(self) -> list[list[float]]:
        """Other columns' widths the rows' first lines agree on, each found from one row's first
        line cut alone: where a row leaves a cell empty (an action row under a recommendation
        cell merged down) or a cell opens with a name ("Kelby Police should ..."), the widths
        that agree from every row at once may give one column's words to its neighbour, the
        two columns' widths summing alike; which widths are the table's, the lines below the
        first tell (the caller reads every line by each)."""
        firsts = [self.lines[i] for i in self.width_starts or self.starts]
        if len(firsts) < MIN_ROWS:
            return []
        typical = sorted(ln.width(0, len(ln.words)) for ln in firsts)[len(firsts) // 2] / self.k
        out: list[list[float]] = []
        for ln in firsts:
            cut = self._first_cut(ln, [typical] * self.k)
            if cut is None:
                continue
            seed = self._maxima([ln], [cut])
            cuts = self._agreed_cuts(firsts, [self._first_cut(first, seed) for first in firsts])
            if any(c is None for c in cuts):
                continue
            widths = self._maxima(firsts, cuts)
            if all(w > 0 for w in widths) and widths not in out:
                out.append(widths)
        return out

    def _first_width(self, least: float) -> float | None:
        """The recommendation column's width in a table no number opens, told by its cell's
        first line on each row: the line is no wider than the column, and with the next line's
        first word (the cell carried on) it would have been wider: every line of the column is
        narrower than the narrowest such line with its next word (None when none is wider than
        the widest first line)."""
        over = []
        for i in self.starts:
            here = self.lines[i]
            if i + 1 >= len(self.lines) or i + 1 in self.openings or not self.lines[i + 1].words:
                continue
            nxt = self.lines[i + 1]
            over.append(here.width(0, here.opening) + here.space + nxt.widths[0])
        over = [w for w in over if w > least]
        return max(least, min(over) * NARROWER) if over else None

    def wider(self, least: list[float], share: float) -> list[float]:
        """The columns' widths, each `share` wider than its least; the recommendation column's
        as its cells' first lines tell it, where they do."""
        out = [w * share for w in least]
        if self.first_width is not None:
            out[0] = self.first_width
        return out

    def _role_cost(self, ln: LineWords, cut) -> float:
        return sum(self.roles.fit(c, " ".join(ln.words[a:b])) for c, a, b in cut)

    def _agreed_cuts(self, firsts, cuts):
        """Each row's first line cut again against the others' widths, until none moves."""
        for _ in range(6):
            changed = False
            for r, ln in enumerate(firsts):
                others = self._maxima(firsts, cuts, skip=r)
                cut = self._first_cut(ln, others)
                if cut != cuts[r]:
                    cuts[r], changed = cut, True
            if not changed:
                break
        return cuts

    def _maxima(self, firsts, cuts, skip: int = -1) -> list[float]:
        out = [0.0] * self.k
        for r, (ln, cut) in enumerate(zip(firsts, cuts)):
            if r == skip or cut is None:
                continue
            for c, a, b in cut:
                out[c] = max(out[c], ln.width(a, b))
        return out

    def _first_cut(self, ln: LineWords, others: list[float]):
        """A row's first line cut into its cells (each opening with a capital or a digit, the
        first with the row's number), costing each column the width it would widen the table
        to and each cell its fit to its column's role."""
        n, k = len(ln.words), self.k
        spans = self._spans(ln)
        best: dict[tuple[int, int], tuple[float, tuple | None]] = {(0, 0): (0.0, None)}
        for a in [0, *spans]:
            for c in range(k):
                here = best.get((a, c))
                if here is None:
                    continue
                skipped = here[0]
                for c2 in range(c, k if a else 1):
                    room = others[c2]
                    for b, w, fits in spans.get(a, ()):
                        cost = skipped + (room if room > w else w) + fits[c2]
                        key = (b, c2 + 1)
                        known = best.get(key)
                        if known is None or cost < known[0]:
                            best[key] = (cost, (a, c, c2))
                    skipped += 1.5 + room  # an empty cell on a row's first line is rare
        ends = [(best[(n, c)][0] + sum(others[c:]), c) for c in range(1, k + 1) if (n, c) in best]
        if not ends:
            return None
        _, c = min(ends)
        out, b = [], n
        while b > 0:
            _, (a, pc, c2) = best[(b, c)]
            out.append((c2, a, b))
            b, c = a, pc
        return tuple(reversed(out))

    def _spans(self, ln: LineWords) -> dict[int, list[tuple[int, float, list[float]]]]:
        """Per place a cell may open on a row's first line: (end, width, role fit per column)
        of each cell it may be, worked out once per line."""
        known = self._first_spans.get(id(ln))
        if known is not None:
            return known
        n, k = len(ln.words), self.k
        places = [a for a in range(1, n) if CELL_OPENS.match(ln.words[a]) and ln.words[a - 1] != BULLET]
        out: dict[int, list[tuple[int, float, list[float]]]] = {}
        for a in [0, *places]:
            spans = []
            for b in [*(p for p in places if p > a), n]:
                if a == 0 and ln.opening is not None:
                    if b != ln.opening:
                        continue
                elif a == 0 and (b == 1) == self.numbered_text:
                    # (the number opens the recommendation's own words, or is its column's cell:
                    # the next cell then opens with a capital, else the row is no such table's)
                    continue
                if b - a > self.first_words:
                    break
                text = " ".join(ln.words[a:b])
                fits = [ROLE_WEIGHT * self.roles.fit(c, text) for c in range(k)]
                spans.append((b, ln.width(a, b), fits))
            out[a] = spans
        self._first_spans[id(ln)] = out
        return out
