"""A column's cells guessed where the word wrap does not prove them (wrapped_cells settles what
it can and leaves the rest None).

A plain text export of a table printed column after column gives the date column's N cells and
the event column as one run of lines. Where a cell's last line happens to be nearly full, or a
cell holds two paragraphs, the wrap cannot prove where one event ends. The row still has its
date, and its event still opens a sentence after a line that ended one: of the places where a
cell may open, the rows take the N - 1 that the evidence favours most (a gap in the column, a
line that left room for the next word, a sentence's end), with the cells' lengths kept even
(an event runs about as long as its neighbours; a short second paragraph is its cell's own).
A brief outcome note alone on its line after a full line that ended a sentence, its own line
leaving room for the next word ("Letter sent."), is weaker evidence than a sentence of an event's
own: reports write it after an event, in its cell (short_tails), though in a table of one-line
events it may be a row's whole event, so it is weighed down, not ruled out.
The lengths may confirm a choice but never make one: where an opening passed over is as well
evidenced as one taken, the rows stay unread. A row read so is a guess, and says so in a warning: a record with a warning beats a silent loss."""

from __future__ import annotations

from collections.abc import Iterator

from dhrparse.extractors.chronology.short_tails import brief_note
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.extractors.chronology.wrapped_cells import column_width, opens_cell, room_for_next_word

# what each kind of evidence is worth for an opening: a gap in the column all but settles it; a
# line that left room for the next word is worth little more than a sentence's end, since the
# first paragraph of a cell holding two ends just as a cell does
_GAP, _ROOM, _SENTENCE = 12.0, 0.5, 1.0
_TAIL = 0.25  # a sentence's end before a brief outcome note (short_tails.brief_note)
_UNEVEN = 2.0  # the cost of a cell one mean length longer or shorter than the mean
_SURE = 1.0  # a guessed cell is read when every other choice for it scores this much worse


def guess_spans(
    lines: list[str], cells: int, apart: frozenset[int] = frozenset()
) -> list[tuple[int, int, float]] | None:
    """Every cell's (first line, line after its last, margin), the best of the possible openings;
    None when the run has fewer places a cell may open than the rows need. The margin is how much
    the guess beats the best other lines for that cell: a small one is no better than a coin."""
    if cells <= 0 or len(lines) < cells:
        return None
    if cells == 1:
        return [(0, len(lines), float("inf"))]
    worth = _openings(lines, apart)
    if len(worth) < cells - 1:
        return None
    chosen = _best(sorted(worth), worth, cells, _lengths(lines))
    starts = [start for start, _ in chosen] + [len(lines)]
    return [(a, b, margin) for (a, margin), b in zip(chosen, starts[1:])]


def fill(
    spans: list[tuple[int, int] | None], lines: list[str], apart: frozenset[int]
) -> tuple[list[tuple[int, int] | None], list[int]]:
    """The settled spans with the unsettled ones guessed where the guess is clear: (spans, indices
    of guessed cells). The guess is kept only where it agrees with every settled cell (else those
    cells stay unread), and a cell whose guess is close to another choice stays unread: a row
    dated from its neighbour's event would be worse than a row left for the reader."""
    if all(sp is not None for sp in spans):
        return spans, []
    guess = guess_spans(lines, len(spans), apart)
    if guess is None or any(sp is not None and sp != g[:2] for sp, g in zip(spans, guess)):
        return spans, []
    # (one cell in doubt puts its neighbours in doubt: their lengths were weighed together)
    if any(sp is None and g[2] < _SURE for sp, g in zip(spans, guess)):
        return spans, []
    if not _evidence_decides(spans, [g[0] for g in guess], _openings(lines, apart)):
        return spans, []
    sure = [k for k, (sp, g) in enumerate(zip(spans, guess)) if sp is None and g[2] >= _SURE]
    return [(g[0], g[1]) if k in sure else sp for k, (sp, g) in enumerate(zip(spans, guess))], sure


def _evidence_decides(
    spans: list[tuple[int, int] | None], starts: list[int], worth: dict[int, float]
) -> bool:
    """Between two settled cells, the guessed cells must open at the places whose evidence is
    strictly the strongest there: where an opening the guess passed over is as well evidenced as
    one it took (both only a sentence's end, say), only the cells' lengths chose between them, and
    an event one sentence longer or shorter than its neighbours is as likely as an even one."""
    for k, end in unsettled_runs(spans):
        low = starts[k]  # (the run's first cell opens where the settled cell before it ends)
        high = starts[end] if end < len(spans) else float("inf")
        taken = starts[k + 1 : end]
        passed = [worth[p] for p in worth if low < p < high and p not in taken]
        if taken and passed and min(worth[p] for p in taken) <= max(passed):
            return False
    return True


def unsettled_runs(spans: list[tuple[int, int] | None]) -> Iterator[tuple[int, int]]:
    """Each run of cells no evidence settled, as (first, one past the last) index."""
    k = 0
    while k < len(spans):
        if spans[k] is not None:
            k += 1
            continue
        end = k
        while end < len(spans) and spans[end] is None:
            end += 1
        yield k, end
        k = end


def _openings(lines: list[str], apart: frozenset[int]) -> dict[int, float]:
    """Where a cell may open (a line opening a sentence after a gap, after a line that ended a
    sentence, or after one that left room for its first word), and what that is worth."""
    width = column_width(lines)
    worth: dict[int, float] = {}
    for k in range(1, len(lines)):
        if not opens_cell(lines[k]):
            continue
        score = _GAP if k in apart else 0.0
        if room_for_next_word(lines[k - 1], lines[k], width):
            score += _ROOM
        if SENTENCE_END.search(lines[k - 1]):
            score += _TAIL if _tail(lines, k, width, apart) else _SENTENCE
        if score:
            worth[k] = score
    return worth


def _tail(lines: list[str], k: int, width: int, apart: frozenset[int]) -> bool:
    """lines[k] is a brief outcome note after a full line ending a sentence (one that left no room
    for the note's first word), and its own line left room for the next line's first word (or
    the column has a gap after it): an event's tail."""
    if not brief_note(lines[k]) or k + 1 >= len(lines) or k in apart:
        return False
    if room_for_next_word(lines[k - 1], lines[k], width):
        return False  # (the line before ended its cell: the note is a row's whole event)
    return k + 1 in apart or room_for_next_word(lines[k], lines[k + 1], width)


openings = _openings  # (agency_fit weighs the same evidence)


def _lengths(lines: list[str]) -> list[int]:
    """How much text the run holds before each line (and after the last): a cell's length is
    told in characters, since a cell's last line may hold one word or a full line."""
    sums = [0]
    for text in lines:
        sums.append(sums[-1] + len(text.strip()) + 1)
    return sums


def _best(
    places: list[int], worth: dict[int, float], cells: int, before: list[int]
) -> list[tuple[int, float]]:
    """The cells' starts scoring best (the openings' worth less the cost of uneven lengths), each
    with its margin: how much worse the best choice is that gives that cell other lines. Found by
    a dynamic programme over the places, forward (cells so far) and backward (cells still to come)."""
    plan = _Plan([0, *places, len(before) - 1], worth, cells, before)
    forward, backward = plan.forward(), plan.backward()
    best = forward[cells][len(plan.points) - 1][0]
    i, ends = len(plan.points) - 1, []
    for j in range(cells, 0, -1):
        ends.append(i)
        i = forward[j][i][1]
    ends = [0, *reversed(ends)]
    chosen = []
    for j in range(1, cells + 1):
        h0, i0 = ends[j - 1], ends[j]
        other = max(
            (
                forward[j - 1][h][0] + plan.cell(h, i, j) + backward[j][i]
                for h in forward[j - 1]
                for i in backward[j]
                if h < i and (h, i) != (h0, i0)
            ),
            default=float("-inf"),
        )
        chosen.append((plan.points[h0], best - other))
    return chosen


class _Plan:
    """The choice of openings: each cell's score, and the best scores up to and from each place."""

    def __init__(self, points: list[int], worth: dict[int, float], cells: int, before: list[int]):
        self.points, self.worth, self.cells, self.before = points, worth, cells, before
        self.mean = before[-1] / cells

    def cell(self, h: int, i: int, j: int) -> float:
        """Cell j's score from point h to point i: the worth of its end's opening less the cost of
        its length."""
        last = len(self.points) - 1
        gain = 0.0 if i == last else self.worth[self.points[i]]
        length = self.before[self.points[i]] - self.before[self.points[h]]
        return gain - _uneven(length, self.mean, j in (1, self.cells))

    def _allowed(self, j: int, i: int) -> bool:
        return (j == self.cells) == (i == len(self.points) - 1) and (j > 0 or i == 0)

    def forward(self) -> list[dict[int, tuple[float, int]]]:
        """forward[j][i]: the best score of j cells ending at point i, and the point before."""
        table: list[dict[int, tuple[float, int]]] = [{0: (0.0, -1)}]
        for j in range(1, self.cells + 1):
            row = {}
            for i in range(1, len(self.points)):
                if self._allowed(j, i):
                    options = [(s + self.cell(h, i, j), h) for h, (s, _) in table[-1].items() if h < i]
                    if options:
                        row[i] = max(options)
            table.append(row)
        return table

    def backward(self) -> list[dict[int, float]]:
        """backward[j][i]: the best score of cells j+1 onward, starting at point i."""
        last = len(self.points) - 1
        table: list[dict[int, float]] = [{} for _ in range(self.cells + 1)]
        table[self.cells] = {last: 0.0}
        for j in range(self.cells, 0, -1):
            for h in range(len(self.points)):
                if j - 1 == 0 and h != 0 or j - 1 > 0 and (h == 0 or h == last):
                    continue
                options = [self.cell(h, i, j) + s for i, s in table[j].items() if h < i]
                if options:
                    table[j - 1][h] = max(options)
        return table


def _uneven(length: float, mean: float, edge: bool) -> float:
    """The cost of a cell's length against the mean. The first and last cells may be a row broken
    over a page (its text runs on from the page before, or on to the next), so only their length
    beyond the mean counts."""
    off = (length - mean) / mean
    return 0.0 if edge and off < 0 else _UNEVEN * off * off


def warn_guessed(dates: list, entries, ctx) -> None:
    """One warning for the rows read from a guessed cut: the user checks where their events start."""
    if not dates:
        return
    _warn_over(
        dates,
        entries,
        ctx,
        "chronology_table_rows_guessed",
        f"{len(dates)} rows of a chronology table printed column after column were paired with their "
        f"event text by a best guess (the line breaks do not prove where one event ends): dates "
        f"{', '.join(d.text for d in dates)}; check where their events start",
    )


def warn_unpaired(rows: list, entries, ctx) -> None:
    """One warning for the rows whose event text could not be told apart (between the rows
    read before and after them)."""
    unpaired = [date for date, lines in rows if lines is None]
    if not unpaired:
        return
    _warn_over(
        unpaired,
        entries,
        ctx,
        "chronology_table_rows_unpaired",
        f"{len(unpaired)} of {len(rows)} rows of a chronology table printed column after column could "
        f"not be paired with their event text (the line breaks do not settle where one event ends): "
        f"dates {', '.join(d.text for d in unpaired)}; their events were not read",
    )


def _warn_over(dates: list, entries, ctx, kind: str, message: str) -> None:
    """A warning located over the printed lines of these rows' date cells, first to last."""
    first, last = dates[0].lines[0], dates[-1].lines[-1]
    ctx.warn(kind, message, entries.location(first.number, last.number, first.page))
