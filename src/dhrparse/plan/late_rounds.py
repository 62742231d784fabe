"""A spaced plan row whose short cells start lower than its others, read as rounds all the same.

Plain pdftotext prints a ruled table's row a line at a time across its cells (plan.round_fit),
but a cell set lower in its row breaks the strict rounds: a target date or a RAG rating
centred against a long update prints its one line among the later rounds, an update whose
first line sits below the action's first line starts a round late, and a long recommendation
cell whose line spacing drifts from its neighbours' skips a round and prints on in the next.
plan.spaced_rounds leaves such a row untold. A tall cell's later lines may also come out after
rounds it printed nothing in: a long lead's last lines after the progress cell's last line, a
progress cell's last line after the centred status standing level with it. Read here, each
column's lines still print in their order and each round still prints its columns left to
right, but a column may join a round its cell did not print in the round before (not started
yet, or printing again), at a small price; the reading is kept only where every short cell
then holds what its column holds (one date, one status, a name with no date or status in it),
the action opens as a cell does, and nothing is left over.
"""

from __future__ import annotations

import regex

from dhrparse.plan.round_fit import LEFT_OUT, ROUND, STATUS_WORDS, Reading, RoundFit
from dhrparse.plan.wrapping import SENTENCE_END
from dhrparse.vocab.dates import find_dates

LATE = 0.6  # a column printing in a round its cell did not print in the round before
RESUMED = 0.4  # ... when its cell printed earlier: its later lines set lower than their neighbours
FITS = 1.0  # a late reading costs at most this much (per row) to be kept
MAX_TAIL = 3  # a tall cell of the row before runs on below the next row's number at most so many lines
MAX_LEAD_LINES = 5  # a lead's name wraps a few lines in its narrow column, no more
_SHORT = ("target_date", "status", "lead")  # cells that must hold only what their column holds
_ACTION_NUMBER = regex.compile(r"^\d+\.\d+[a-z]?\.?\s+\p{Lu}")  # "1.2 Launch ...": an action's own number


class LateFit(RoundFit):
    """RoundFit whose rounds may take in a column whose cell has not printed yet, or one that
    printed nothing in the round before."""

    def _cuts(self, text: str) -> tuple[tuple[str, str], ...]:
        return ()  # (a late cell prints a line of its own: two cells on one line are not guessed at)

    def _placed(self, text: str, state: tuple, table: tuple) -> list[tuple]:
        cost, before, now, cells = state
        every = tuple(range(len(cells)))  # (any column may print in a round, at a price: _late)
        out = [
            (c2 + _late(n2[len(now) :], before, cells), before, n2, cells2)
            for c2, _, n2, cells2 in self._in_round(text, cost, every, now, cells, table)
        ]
        if now:
            out.extend(
                (c2 + _late(n2, now, cells), now, n2, cells2)
                for c2, _, n2, cells2 in self._in_round(text, cost + ROUND, every, (), cells, table)
            )
        return out


def _late(columns: tuple[int, ...], before: tuple[int, ...], cells: tuple) -> float:
    """The price of the columns printing in a round that did not print in the round before: a
    cell not started yet (set lower in its row), or one printing again after rounds it printed
    nothing in (its later lines set lower than the cells beside them)."""
    return sum(LATE if not cells[c] else RESUMED for c in columns if c not in before)


def late_reading(
    fit: LateFit, texts: list[str], fields: list[str], widths=None, last: bool = False
) -> Reading | None:
    """The row's lines read as rounds that short cells may join late, or None where the reading
    leaves a line over (but for the table's last row, every cell filled: a note or the page's
    foot after the table), costs too much, or gives a short cell what is not its column's."""
    if "action" not in fields:
        return None
    reading = fit.rounds(texts, fields, widths)
    if reading is None or reading.used < len(texts) and not last:
        return None
    over = len(texts) - reading.used
    if over and not all(reading.cells):
        return None  # (an empty cell's line may be among those left over: printed after the foot)
    if reading.cost - over * LEFT_OUT > FITS:  # (what the foot costs is no misfit)
        return None
    return reading if holds(reading, fields, fit) else None


def holds(reading: Reading, fields: list[str], fit: RoundFit) -> bool:
    """Whether the reading's cells hold what their columns hold: an action opening as a cell
    does, a target date one date and nothing before it, a status a short status phrase, a lead
    a name with no date or status line, and no short cell empty."""
    roles, p = fit.roles, fit.roles.p
    for field, parts in zip(fields, reading.cells):
        text = " ".join(parts)
        if field == "action" and (
            not parts
            or not fit.may_open(parts[0], "action")
            or any(_ACTION_NUMBER.match(part) for part in parts[1:])
        ):
            return False  # (a later line opening "1.2 ..." is a second action: two rows run together)
        if field not in _SHORT and any(
            len(part.split()) <= 2
            and roles.is_date(part)
            and not (k and fit.completes_date(parts[k - 1], part))
            for k, part in enumerate(parts)
        ):
            # (a date alone on a line is a date cell's, wherever the rounds put it, unless it
            # ends a date wrapped at the cell's edge: "... held in May" / "2024.")
            return False
        if field in _SHORT and not text:
            return False  # (a short cell left empty: its line may be printed among another row's)
        if not text or field not in _SHORT:
            continue
        if field == "target_date":
            found = find_dates(text, p)
            if len(found) != 1 or found[0].start > 0 or len(text[found[0].end :].split()) > 1:
                return False
        elif field == "status":
            if not roles.is_status(text) or len(text.split()) > STATUS_WORDS or len(parts) > 2:
                return False
        elif field == "lead" and (
            any(find_dates(part, p) or roles.is_status(part) or SENTENCE_END.search(part) for part in parts)
            or len(parts) > MAX_LEAD_LINES
            or not roles.is_name(text)
        ):
            return False
    return True


def carried_tail(
    fit: RoundFit, texts: list[str], before: Reading | None, fields: list[str]
) -> Reading | None:
    """The row before with `texts` (the first lines printed after the next row's number) given
    to the one long cell of it they carry on: each line opens no cell (or follows a line
    ending mid-sentence) and wraps on that cell's last line; None where no cell of the row before
    takes them so, or more than one would."""
    if before is None or not texts:
        return None
    fits = []
    for c, (field, parts) in enumerate(zip(fields, before.cells)):
        if field in _SHORT or field == "ref" or not parts:
            continue
        cost, now = 0.0, parts
        for text in texts:
            if SENTENCE_END.search(now[-1]) and not text[:1].islower():
                break  # (a line opening a sentence after a sentence's end may open a cell of its own)
            cost += fit._part(text, field, now)
            now = (*now, text)
        else:
            if cost <= 0.0:
                fits.append(c)
    if len(fits) != 1:
        return None
    c = fits[0]
    cells = (*before.cells[:c], (*before.cells[c], *texts), *before.cells[c + 1 :])
    return Reading(cells, before.used, before.cost)
