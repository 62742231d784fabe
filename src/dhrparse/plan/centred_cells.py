"""A spaced plan table (plan.spaced_rounds) whose short cells, a target date or a RAG rating,
are centred in their rows: plain pdftotext prints each such cell's one line in the round level
with the middle of its row, after the rounds its neighbours printed alone.

plan.spaced_rounds reads a row as strict rounds (each round's columns among the round before's)
and shows the table's form only where some row reads so; plan.late_rounds reads a row whose
cells may join any round, but only once the table's form is shown and the columns' widths are
learnt from rows already read. A table whose every row centres its date or rating has no such
row, and a fit letting any column join any round finds no clear reading without the widths.

Read here: a round may take in, besides the columns of the round before, the date or rating
column whose cell has not printed yet (at a price), and nothing else. The rows that read so
with no misfit, every short cell holding what its column holds (plan.late_rounds.holds) and no
line left over, show the table's form and teach the columns' widths; every row is then read
again with them. A row that still does not read so is left to the readers of untold rows.
"""

from __future__ import annotations

from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.late_rounds import LATE, holds
from dhrparse.plan.round_fit import ROUND, Reading, RoundFit, column_widths

CENTRED = ("target_date", "status")  # one-line cells a word processor may centre in their rows
FITS = 0.0  # a row read so costs no more than this: each line fits its cell's shape
MIN_ROWS = 2  # rows read so to show the table's form (one could be a chance fit)


class CentredFit(RoundFit):
    """RoundFit whose rounds may take in a date or rating column not printed yet."""

    def _cuts(self, text: str) -> tuple[tuple[str, str], ...]:
        return ()  # (a centred cell prints a line of its own: two cells on one line are not guessed at)

    def _placed(self, text: str, state: tuple, table: tuple) -> list[tuple]:
        cost, before, now, cells = state
        fields = table[0]
        out = self._joined(text, cost, before, now, cells, table, _waiting(fields, cells, before))
        if now:
            waiting = _waiting(fields, cells, now)
            out.extend(
                (c, now, n, cl)
                for c, _, n, cl in self._joined(text, cost + ROUND, now, (), cells, table, waiting)
            )
        return out

    def _joined(self, text, cost, before, now, cells, table, waiting) -> list[tuple]:
        """The line placed in this round, a waiting column priced where it joins."""
        every = tuple(sorted((*before, *waiting)))
        return [
            (c + LATE * sum(1 for col in n[len(now) :] if col in waiting), before, n, cl)
            for c, _, n, cl in self._in_round(text, cost, every, now, cells, table)
        ]


def _waiting(fields: list[str], cells: tuple, before: tuple[int, ...]) -> tuple[int, ...]:
    """The date and rating columns whose cells have not printed yet and may join the round."""
    return tuple(c for c, f in enumerate(fields) if f in CENTRED and not cells[c] and c not in before)


def centred_readings(
    roles: ColumnRoles, texts: list[list[str]], fields: list[str]
) -> list[Reading | None] | None:
    """Per row, its reading with its centred cells printed late, or None (left untold); None
    for the whole table where fewer than MIN_ROWS rows read so once the widths the first rows
    read teach are known."""
    fit = CentredFit(roles)
    clear = [r for r in (_read(fit, t, fields) for t in texts) if r is not None]
    if not clear:
        return None
    widths = column_widths(clear)
    out = [_read(fit, t, fields, widths) for t in texts]
    return out if sum(1 for r in out if r is not None) >= MIN_ROWS else None


def _read(fit: CentredFit, texts: list[str], fields: list[str], widths=None) -> Reading | None:
    reading = fit.rounds(texts, fields, widths)
    if reading is None or reading.used < len(texts) or reading.cost > FITS:
        return None
    return reading if holds(reading, fields, fit) else None
