"""The ways of cutting one printed line of a board's response row into the row's columns, each
with its cost (plan.response_cells' beam search asks them once per state a beam entry leaves):
column by column, each cell left empty on the line or given a run of the line's words, a second
response opening its cells together under a merged recommendation."""

from __future__ import annotations

from collections.abc import Callable

DANGLING = 1.5  # a cell ending on a joining word ("to", "the"): its line was cut too soon
EMPTY_FIRST = 1.0  # an empty cell on a row's first line
MIXED = 2.0  # a printed line of a merged row holding the recommendation's words and another cell's
REOPEN = 2.0  # a cell opening below its row's first line (a second response under a merged recommendation)


class Fresh(tuple):
    """A cell's cut (first word, past its last) that opens a new cell in a column whose cell
    ran to the line above: a second response's, under the merged recommendation."""


class LineCuts:
    """The cuts of one printed line of `n_words` words into `k` columns from a beam entry's
    `state` (the columns' cells open, their last lines' widths, whether each ends on a joining
    word, whether each ended a sentence, whether the row is merged). `cells_from(c, a)`: the
    cells column c may hold from word a, as (past its last word, cost before any reopening, cost
    as a second response's cell opening there or None); asked once per column and word."""

    def __init__(
        self, n_words: int, k: int, state: tuple, first: bool, cells_from: Callable[[int, int], list]
    ):
        self.active, _, self.dangling, _, self.merged = state
        self.n, self.k, self.first = n_words, k, first
        self._cells_from = cells_from
        self._opened: dict[tuple[int, int], list] = {}
        self.out: list[tuple[float, list[tuple[int, int]]]] = []

    def ways(self) -> list[tuple[float, list[tuple[int, int]]]]:
        """Every cut of the whole line, with its cost."""
        self._walk(0, 0, 0.0, [])
        return self.out

    def _cells(self, c: int, a: int) -> list:
        found = self._opened.get((c, a))
        if found is None:
            found = self._opened[(c, a)] = self._cells_from(c, a)
        return found

    def _walk(self, c: int, a: int, cost: float, cuts: list[tuple[int, int]], reopened: bool = False) -> None:
        # (a second response opens its cells together: the line pays for reopening once)
        if c == self.k:
            if a == self.n:
                out_cost = cost + (MIXED if self._mixed(cuts) else 0.0)
                self.out.append((out_cost, list(cuts)))
            return
        if not (self.first and c == 0):  # an empty cell here
            cuts.append((a, a))
            self._walk(c + 1, a, cost + self._empty(c), cuts, reopened)
            cuts.pop()
        opens = not self.first and not self.active[c]
        for b, add, fresh in self._cells(c, a):
            if opens and not reopened:
                add += REOPEN
            cuts.append((a, b))
            self._walk(c + 1, b, cost + add, cuts, reopened or opens)
            cuts.pop()
            if fresh is not None:
                cuts.append(Fresh((a, b)))
                self._walk(c + 1, b, cost + fresh + (0.0 if reopened else REOPEN), cuts, True)
                cuts.pop()

    def _mixed(self, cuts: list[tuple[int, int]]) -> bool:
        """Below the line a second response opens on, the merged recommendation's lines and the
        response's sit at different heights: no printed line holds both."""
        return bool(self.merged and cuts[0][0] != cuts[0][1] and any(x != y for x, y in cuts[1:]))

    def _empty(self, c: int) -> float:
        """The cost of column c's cell empty on the line: in a merged row a cell's lines
        interleave with the second response's, so a cell empty on a line there is not ended."""
        if self.active[c]:
            return DANGLING if self.dangling[c] and not self.merged else 0.0
        return EMPTY_FIRST if self.first else 0.0
