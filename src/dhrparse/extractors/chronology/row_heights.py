"""How tall a chronology table's rows print, told by its date column, where a plain text export
printed the table column after column (apart_rows): the event column's cells are then one run of
wrapped lines, and a row's height is what says how many of them are its own.

The export gathers printed lines into one run when they follow at an ordinary line's spacing and
sets a blank line between runs further apart. A row's date and the next row's date printed in one
run ("14/09/2022" over "17/09/2022") stand a line apart on the page: the upper row is no taller
than its date cell, so its event prints on no more lines than its date does (one, mostly). Where
the table shows such a pair, one line's height is known to keep two dates in one run; a row whose
date then stands apart from the next one is taller than a line, and when its date and its other
short cells (the agency's name) print on one line each, the extra lines are its event's: that
event prints on two lines or more. A row whose other cells are taller (an agency's name wrapped
over two lines) tells nothing of its event's height.

These bounds settle the cut of the event run only where exactly one cut fits them together with
the wrap's evidence (wrapped_cells.openings): then no row is dated from its neighbour's event.
Otherwise the spans are left as they were, for the other rules (short_tails, guessed_cells)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from dhrparse.extractors.chronology.wrapped_cells import openings

_MANY = 2  # counting cuts stops here: one cut is settled, two or more are not


@dataclass(frozen=True)
class Height:
    """The lines a row's event may print on: at least `least`, at most `most` (None: no bound)."""

    least: int = 1
    most: int | None = None

    def holds(self, lines: int) -> bool:
        return lines >= self.least and (self.most is None or lines <= self.most)


FREE = Height()


def row_heights(dates: list[list[int]], others: list[int]) -> list[Height]:
    """Each row's event height from its date cell's printed line numbers (`dates`, one list per
    row in the printing's order) and the line numbers of the lead's other cells (the agencies'
    lines, printed among the dates). A row whose date is the printing's last tells nothing: the
    row may run on over the page."""
    pairs = list(zip(dates, dates[1:]))
    joined = [below[0] == above[-1] + 1 for above, below in pairs]
    # (a one-line date run into the next: rows one line tall keep their dates in one run here)
    one_line_joins = any(j and len(above) == 1 for j, (above, _) in zip(joined, pairs))
    others = sorted(others)
    heights: list[Height] = []
    for j, (above, below) in zip(joined, pairs):
        if j:
            heights.append(Height(most=len(above)))
        elif one_line_joins and len(above) == 1 and _lines_between(others, above[-1], below[0]) <= 1:
            heights.append(Height(least=2))
        else:
            heights.append(FREE)
    return heights + [FREE] * (len(dates) - len(heights))


def _lines_between(others: list[int], low: int, high: int) -> int:
    return bisect_left(others, high) - bisect_right(others, low)


def settle_by_heights(
    spans: list[tuple[int, int] | None],
    lines: list[str],
    heights: list[Height],
    apart: frozenset[int] = frozenset(),
) -> list[tuple[int, int] | None]:
    """The spans with every cell read where exactly one cut of the run into len(spans) cells opens
    each cell where one may open, at every place where one must, with each cell's height within
    its bound and the cells already settled kept; else the spans as they were."""
    cells = len(spans)
    if all(sp is not None for sp in spans) or all(h == FREE for h in heights) or len(lines) < cells:
        return spans
    possible, proven = openings(lines, apart)
    cut = _only_cut(len(lines), cells, sorted(possible), proven, heights)
    if cut is None or any(sp is not None and sp != c for sp, c in zip(spans, cut)):
        return spans
    return cut


def _only_cut(
    size: int, cells: int, possible: list[int], proven: set[int], heights: list[Height]
) -> list[tuple[int, int]] | None:
    """The one way to cut `size` lines into `cells` cells (None when there is none or more than
    one), counted forward cell by cell: a cell opening at a line may end at any later possible
    opening up to the first place one must open (or the run's end, for the last cell)."""
    places = [*possible, size]
    # ways[j]: for each line where cell j may open, how many cuts of the cells before lead there
    # (capped), and the line where the cell before opened
    ways: list[dict[int, tuple[int, int]]] = [{0: (1, -1)}]
    for j in range(cells):
        height = heights[j] if j < len(heights) else FREE
        last = j == cells - 1
        nxt: dict[int, tuple[int, int]] = {}
        for start, (count, _) in ways[-1].items():
            for end in _ends(places, start, proven, size):
                if (end == size) != last or not height.holds(end - start):
                    continue
                seen, origin = nxt.get(end, (0, start))
                nxt[end] = (min(seen + count, _MANY), origin)
        ways.append(nxt)
    count, _ = ways[-1].get(size, (0, -1))
    if count != 1:
        return None
    starts, at = [size], size
    for j in range(cells, 0, -1):
        at = ways[j][at][1]
        starts.append(at)
    starts.reverse()
    return list(zip(starts, starts[1:]))


def _ends(places: list[int], start: int, proven: set[int], size: int) -> list[int]:
    """Where a cell opening at `start` may end: each possible opening after it, up to and
    including the first one that must open (no cell runs over a proven end)."""
    out = []
    for place in places[bisect_right(places, start) :]:
        out.append(place)
        if place in proven or place == size:
            break
    return out
