"""The table of the dynamic programme that splits a wide plan row into its columns
(plan.cell_segments): for each field and each place a cell may end, the least cost of the
cells so far and where the last one starts."""

from __future__ import annotations

NEVER = 1e9


class Programme:
    """The dynamic programme's table: best[c][j] is the least cost of the first c fields
    covering the words up to points[j], back[c][j] where the c-th field's cell starts."""

    def __init__(self, fields: int, points: int):
        self.best = [[NEVER] * points for _ in range(fields + 1)]
        self.back = [[-1] * points for _ in range(fields + 1)]
        self.best[0][0] = 0.0

    def offer(self, c: int, j: int, i: int, total: float) -> None:
        """A cell from points[i] to points[j] for the c-th field, at this total cost."""
        if total < self.best[c][j]:
            self.best[c][j], self.back[c][j] = total, i

    def offer_listed(self, c: int, ends, starts: dict[int, list[tuple[int, float]]], empty: float) -> None:
        """`offer`, for each end j, of the empty cell at j and then of each listed start (i, cost of
        the cell from points[i] to points[j]), in that order, from every start reached so far."""
        before, best, back = self.best[c - 1], self.best[c], self.back[c]
        for j in ends:
            least, at = best[j], back[j]
            if before[j] < NEVER and before[j] + empty < least:
                least, at = before[j] + empty, j
            for i, cost in starts[j]:
                if before[i] < NEVER and before[i] + cost < least:
                    least, at = before[i] + cost, i
            best[j], back[j] = least, at

    def offer_near(self, c: int, ends, row, near: int, empty: float, opening, fit) -> None:
        """`offer_listed` of the starts `_listed` lists within `near` words of each end, the
        cell from points[i] to points[j] costing opening[a] + fit(row, a, b) (a, b its first
        and past-last words, `row` the cell_segments row they are words of): worked out as it is
        offered, from the starts reached so far."""
        before, best, back, points = self.best[c - 1], self.best[c], self.back[c], row.points
        for j in ends:
            least, at = best[j], back[j]
            if before[j] < NEVER and before[j] + empty < least:
                least, at = before[j] + empty, j
            b = points[j]
            for i in range(j - 1, -1, -1):
                a = points[i]
                if b - a > near:
                    break
                if before[i] < NEVER:
                    total = before[i] + (opening[a] + fit(row, a, b))
                    if total < least:
                        least, at = total, i
            best[j], back[j] = least, at

    def spans(self, points: list[int], fields: int) -> list[tuple[int, int]] | None:
        j = len(points) - 1
        if self.best[fields][j] >= NEVER:
            return None
        spans: list[tuple[int, int]] = []
        for c in range(fields, 0, -1):
            i = self.back[c][j]
            spans.append((points[i], points[j]))
            j = i
        return spans[::-1]
