"""Spaced rows the rounds leave untold (plan.line_rounds), read again: numbers printed in a run
before their cells, a row in two parts, short cells printed late or dealt in one block, and
numbers printed after their first rounds."""

from __future__ import annotations

from dataclasses import replace

from dhrparse.document import Line
from dhrparse.plan.dealt_cells import dealt
from dhrparse.plan.late_numbers import MAX_OWN, late_numbers
from dhrparse.plan.late_rounds import MAX_TAIL, carried_tail, late_reading
from dhrparse.plan.number_runs import cells_hold, cut_halves, cut_rows, in_turn
from dhrparse.plan.round_fit import WIDER, Reading
from dhrparse.plan.round_rows import (
    KEPT,
    LOWER,
    RoundRow,
    learnt_widths,
)
from dhrparse.plan.spaced_rounds import FITS


class UntoldRows:
    """LineRounds' second readings of spaced rows (plan.line_rounds)."""

    def _number_runs(self, rows: list[RoundRow], fields: list[str]) -> list[RoundRow]:
        """Rows whose numbers printed in a run, each with no lines of its own before the next
        number, and the last with all the run's rows' lines (plan.number_runs): those lines
        shared out, where they cut into as many rows reading as rounds."""
        # (the table's widest printed line: a line wider than it on the next page is no cell's)
        widest = max((len(self.flat(ln.text).strip()) for row in rows for ln in row.body), default=0)
        i = 0
        while i < len(rows):
            j = i
            while (
                j + 1 < len(rows)
                and not rows[j].body
                and not (rows[j].names or rows[j].carried or rows[j].furniture or rows[j].inline)
                and in_turn(self._row_number(rows[j]), self._row_number(rows[j + 1]))
            ):
                j += 1
            last = rows[j]
            if j > i and last.body and not last.inline:
                texts = self._texts(last.body)
                shaped = lambda r: self._run_row(r, fields)  # noqa: E731
                starts = cut_rows(self.fit, texts, fields, j - i + 1, shaped)
                if starts is not None:
                    body = last.body
                    for row, a, b in zip(rows[i : j + 1], starts, [*starts[1:], len(body)]):
                        row.body = body[a:b]
                elif (halves := self._halves(last, texts, fields, j - i + 1, shaped, widest)) is not None:
                    # (the rows' lines print among each other: they stay under the run's last
                    # number, each row's cells on its own number's line)
                    for row, (reading, _) in zip(rows[i : j + 1], halves):
                        row.reading = replace(reading, used=len(row.body))
            i = j + 1
        return rows

    def _halves(self, last: RoundRow, texts: list[str], fields: list[str], count: int, shaped, widest: int):
        """A run's rows read in two parts (plan.number_runs.cut_halves). Where a page broke the
        last row and lines printed among the header's names again, they are first tried as its
        left cells' last lines (they run lower than its right cells), up to the first line wider
        than any of the table's (`widest`: a note under the table, not a cell's line); read so,
        they are the row's (`last.taken`)."""
        carried: list[Line] = []
        for ln in last.among:
            if len(self.flat(ln.text).strip()) > WIDER * widest:
                break
            carried.append(ln)
        if carried:
            tail = tuple(self._texts(carried))
            found = cut_halves(self.fit, texts, fields, count, shaped, carried=tail)
            if found is not None:
                last.taken = {ln.number for ln in carried}
                return found
        return cut_halves(self.fit, texts, fields, count, shaped)

    def _run_readings(self, rows: list[RoundRow], fields: list[str]) -> list[Reading | None]:
        """Each row's reading where a run of numbers was read in two parts (their cells are
        read already), the other rows' as spaced rows are (plan.spaced_rounds)."""
        others = [row for row in rows if row.reading is None]
        read = self.spaced.readings([row.body for row in others], fields) if others else None
        found = iter(read or [None] * len(others))
        return [row.reading if row.reading is not None else next(found) for row in rows]

    def _run_row(self, reading, fields: list[str]) -> bool:
        """A row cut from a run of numbers holds in each cell what its column holds, its status
        cell a status alone (the rows' cells may print among each other: a cell met from two
        rows is no status)."""
        return (
            reading.cost <= FITS
            and self.spaced._shaped(reading, fields)
            and cells_hold(reading, fields, self.fit.roles)
        )

    def _two_parts(self, row: RoundRow, fields: list[str]) -> Reading | None:
        """A spaced row that does not read as rounds, read in two parts (plan.number_runs): its
        left cells as rounds, then its right cells from its date's (they sit a round lower),
        then the left cells' last lines (they run lower than the right cells); None where its
        short cells would hold what is not theirs. (A split before the lead reads a lead's
        first line into the recommendation where a row's cells print in no such two parts.)"""
        if row.set_apart:
            return None
        texts = self._texts(row.body)
        found = cut_halves(self.fit, texts, fields, 1, lambda r: self._run_row(r, fields), LOWER)
        return replace(found[0][0], used=len(row.body)) if found else None

    def _late_rows(self, rows: list[RoundRow], readings: list, fields: list[str]) -> list:
        """The rows still untold read again as rounds their short cells may join late
        (plan.late_rounds); a row whose first lines carry on a cell of the row before (a tall
        cell of that row runs on below this row's number) gives those lines to that cell. A row
        a page broke, its header's names printed again among its lines, is read from its own
        lines (the names are set apart: a cell's later lines print again after them)."""
        out = list(readings)
        widths = learnt_widths(readings)
        for n, (row, reading) in enumerate(zip(rows, readings)):
            if reading is not None or row.carried or row.reading is not None:
                continue
            texts = self._texts(row.body)
            before = out[n - 1] if n else None
            for skip in range(min(MAX_TAIL, len(texts) - 1) + 1 if before is not None else 1):
                tail = carried_tail(self.late, texts[:skip], before, fields) if skip else before
                if skip and tail is None:
                    break
                found = late_reading(self.late, texts[skip:], fields, widths, last=n == len(rows) - 1)
                if found is not None:
                    out[n] = replace(found, used=found.used + skip)
                    if skip:
                        out[n - 1] = tail
                    break
        return out

    def _dealt(self, rows: list[RoundRow], readings: list, fields: list[str]) -> list:
        """The rows still untold whose short cells printed in one block among a row's lines,
        dealt back to their rows (plan.dealt_cells); a row a page broke or read with a run of
        numbers is left as it is."""
        whole = [not row.set_apart for row in rows]
        texts = [self._texts(row.body) for row in rows]
        widths = learnt_widths(readings)
        found = dealt(self.late, texts, [r if w else KEPT for r, w in zip(readings, whole)], fields, widths)
        return [r if r is not KEPT else old for r, old in zip(found, readings)]

    def _late_numbers(self, rows: list[RoundRow], readings: list, fields: list[str]) -> list:
        """The rows still untold whose numbers printed after their first rounds, among a tall
        row's lines (plan.late_numbers): each run of an untold row followed by untold rows in
        turn holding only a few lines each (their left cells, printed after their numbers)."""
        whole = [not row.set_apart and r is None for row, r in zip(rows, readings)]
        runs, n = [], 0
        while n < len(rows):
            j = n
            while (
                whole[n]
                and j + 1 < len(rows)
                and whole[j + 1]
                and 0 < len(rows[j + 1].body) <= MAX_OWN
                and in_turn(self._row_number(rows[j]), self._row_number(rows[j + 1]))
            ):
                j += 1
            if j > n and rows[n].body:
                runs.append((n, j + 1))
            n = j + 1
        if not runs:
            return readings
        texts = [self._texts(row.body) for row in rows]
        widths = learnt_widths(readings)
        shaped = lambda r: self._run_row(r, fields)  # noqa: E731
        return late_numbers(self.late, texts, readings, fields, runs, shaped, widths)
