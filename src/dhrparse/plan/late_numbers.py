"""Rows of a spaced plan table (plan.spaced_rounds) whose numbers plain pdftotext printed after
the first rounds of their cells: which of the printed lines are whose.

Where a row above runs tall (a long action or update), pdftotext may print the short rows
below it a line at a time across their right cells (action, lead, date, update, status) first,
among the tall row's lines, and only then each short row's number with its left cells (its
recommendation) and the last lines of its action, which sit lower than its right cells; the
tall row's own last lines may come between. Each short row's number then stands for the rounds
printed before it, back to the end of the rounds before those: the tall row's lines are cut
into the tall row's own rounds, then each short row's right-cell rounds in turn (each opening
with its action's first line), then up to a few last lines of the tall row.

Each short row is read with its left cell's first line first, then its rounds, then the rest
it printed after its number; the tall row with its rounds and its last lines. The cut is kept
only where every row so reads whole, each short cell holding what its column holds
(plan.late_rounds); rows no cut reads stay untold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.plan.late_rounds import LateFit, late_reading
from dhrparse.plan.round_fit import Reading

MAX_OWN = 4  # lines a short row prints after its number: its left cell and its action's last lines
MAX_ROWS = 4  # short rows whose rounds print among one tall row's lines, no more
MAX_TAIL = 3  # the tall row's own last lines printed after the short rows' rounds
MAX_LINES = 48  # the tall row's printed lines (a longer run is no row's)


def late_numbers(
    fit: LateFit,
    texts: Sequence[Sequence[str]],
    readings: Sequence[Reading | None],
    fields: list[str],
    runs: Sequence[tuple[int, int]],
    shaped: Callable[[Reading], bool],
    widths=None,
) -> list[Reading | None]:
    """The readings with each run (first, after-last) of untold rows read as a tall row whose
    lines hold the short rows' rounds (`texts`: each row's printed lines; `fields`: the columns
    after the number's); a run no cut reads is left as it was."""
    out = list(readings)
    for a, b in runs:
        found = _run(fit, texts[a:b], fields, shaped, widths, last=b == len(texts))
        if found is not None:
            out[a:b] = found
    return out


def _run(fit, texts, fields, shaped, widths, last: bool) -> list[Reading] | None:
    """(`last`: the run ends the table, and the lines after its last row's cells, a note
    under the table, print after its number too: they are left over, as text.)"""
    tall, shorts = list(texts[0]), [list(t) for t in texts[1:]]
    count = len(shorts)
    if not 1 <= count <= MAX_ROWS or len(tall) > MAX_LINES or len(fields) < 2:
        return None
    # (the table's last row may have a note under the table after its own lines)
    if any(not 1 <= len(s) <= MAX_OWN for s in (shorts[:-1] if last else shorts)) or not shorts[-1]:
        return None
    # (a short row's rounds open with its action's first line: the left cells print later)
    opens = [k for k in range(1, len(tall)) if fit.may_open(tall[k], fields[1])]
    memo: dict[tuple[int, int, int], Reading | None] = {}

    def short(r: int, a: int, b: int) -> Reading | None:
        if (r, a, b) not in memo:
            own = shorts[r]
            at_end = last and r == count - 1
            composed = [*own[:1], *tall[a:b], *own[1:]]
            found = _read(fit, composed, fields, shaped, widths, at_end)
            over = len(composed) - found.used if found is not None else 0
            # (its used lines counted in its own printed lines: a note under the table left over)
            ok = found is not None and over < len(own) and (not over or all(found.cells))
            memo[(r, a, b)] = Reading(found.cells, len(own) - over, found.cost) if ok else None
        return memo[(r, a, b)]

    best: tuple[float, list[Reading]] | None = None
    for tail in range(min(MAX_TAIL, len(tall) - 1) + 1):
        end = len(tall) - tail
        for first in opens:
            if first >= end:
                break
            head = _read(fit, [*tall[:first], *tall[end:]], fields, shaped, widths)
            if head is None:
                continue
            rest = _cut(short, [k for k in opens if first <= k < end], first, end, count)
            if rest is None:
                continue
            cost = head.cost + sum(r.cost for r in rest)
            if best is None or cost < best[0]:
                best = (cost, [head, *rest])
    if best is None:
        return None
    head, *rest = best[1]
    return [Reading(head.cells, len(tall), head.cost), *rest]


def _cut(short, opens: list[int], first: int, end: int, count: int) -> list[Reading] | None:
    """The lines from `first` to `end` cut into `count` short rows' rounds in turn, each
    opening at one of `opens`, the cut whose rows read best; None where none reads."""
    inf = float("inf")
    # best[r][k]: least cost of the first r short rows ending before line k
    best: list[dict[int, tuple[float, list[Reading]]]] = [{first: (0.0, [])}]
    for r in range(count):
        now: dict[int, tuple[float, list[Reading]]] = {}
        for a, (cost, got) in best[r].items():
            for b in [*(k for k in opens if k > a), end]:
                if b > end or r == count - 1 and b != end:
                    continue
                reading = short(r, a, b)
                if reading is None:
                    continue
                price = cost + reading.cost
                if price < now.get(b, (inf,))[0]:
                    now[b] = (price, [*got, reading])
        best.append(now)
    found = best[count].get(end)
    return found[1] if found else None


def _read(fit: LateFit, texts: list[str], fields: list[str], shaped, widths, last=False) -> Reading | None:
    """The row read whole as rounds (short cells may join late), its cells what theirs hold
    (`last`: the table's last row, a note under the table may be left over)."""
    reading = late_reading(fit, texts, fields, widths, last)
    if reading is None or reading.used < len(texts) and not last or not shaped(reading):
        return None
    return reading
